using Spectre.Console;
using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;
using Throughline.Llm;
using Throughline.Llm.Conflicts;

namespace Throughline.Cli.Commands.Conflicts;

/// <summary>The <c>--llm</c> path of <c>throughline conflicts</c>: asks a configured model for tensions the rules cannot read (CF011), or says why it did not.</summary>
internal static class ConflictsWithLlm
{
    public static ConflictReport Run(CliContext context, AlignmentContext analysed, ConflictReport offline, int maxPlaces)
    {
        var settings = LlmSettings.TryFrom(Environment.GetEnvironmentVariable, File.ReadAllText, out var problem);
        if (settings is null)
        {
            var why = problem.Length > 0
                ? $"the LLM configuration is wrong ({problem}); only the rules' tensions are reported"
                : $"no LLM is configured (set {LlmSettings.EndpointVariable} and {LlmSettings.ModelVariable}, or {LlmSettings.ConfigVariable}); only the rules' tensions are reported";
            context.Error.MarkupLine($"[yellow]--llm: {Markup.Escape(why)}[/]");
            return offline;
        }

        using var client = LlmClientFactory.Create(settings);
        var result = new LlmTensionJudge(client, settings).JudgeAsync(analysed, offline, new SynchronousProgress(context), maxPlaces).GetAwaiter().GetResult();
        context.Error.MarkupLine($"[{(result.UsedLlm ? "grey" : "yellow")}]--llm: {Markup.Escape(result.Note)}[/]");
        foreach (var line in result.Dropped.Take(10))
        {
            context.Error.MarkupLine($"[grey]  set aside: {Markup.Escape(line)}[/]");
        }

        if (result.Dropped.Count > 10)
        {
            context.Error.MarkupLine($"[grey]  and {result.Dropped.Count - 10} more set aside[/]");
        }

        return result.Report;
    }

    /// <summary>Writes progress as it comes, on the calling thread (<see cref="Progress{T}"/> would post it later).</summary>
    private sealed class SynchronousProgress(CliContext context) : IProgress<string>
    {
        public void Report(string value) => context.Error.MarkupLine($"[grey]{Markup.Escape(value)}[/]");
    }
}

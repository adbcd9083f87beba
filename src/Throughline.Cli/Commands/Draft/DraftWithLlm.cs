using Throughline.Core.Drafting;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Llm;
using Throughline.Llm.Drafting;

namespace Throughline.Cli.Commands.Draft;

/// <summary>The <c>--llm</c> path of <c>throughline draft</c>: reads the LLM configuration and drafts with it, or says why it drafted offline.</summary>
internal static class DraftWithLlm
{
    public static (TeamDraft Draft, string Engine, string Note) Run(OkrWorkspace workspace, TeamDraft offline)
    {
        var settings = LlmSettings.TryFrom(Environment.GetEnvironmentVariable, File.ReadAllText, out var problem);
        if (settings is null)
        {
            var why = problem.Length > 0
                ? $"the LLM configuration is wrong ({problem}); drafted offline"
                : $"no LLM is configured (set {LlmSettings.EndpointVariable} and {LlmSettings.ModelVariable}, or {LlmSettings.ConfigVariable}); drafted offline";
            return (offline, DraftCommand.Engine, why);
        }

        using var client = LlmClientFactory.Create(settings);
        var result = new LlmDrafter(client, settings).DraftAsync(workspace, KnowledgeBase.BuiltIn, offline, CancellationToken.None).GetAwaiter().GetResult();
        return (result.Draft, result.UsedLlm ? $"LLM {settings.Model}" : DraftCommand.Engine, result.Note);
    }
}

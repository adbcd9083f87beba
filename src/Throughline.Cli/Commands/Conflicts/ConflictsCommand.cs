using System.CommandLine;
using Throughline.Cli.Output;
using Throughline.Core.Conflicts;
using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;

namespace Throughline.Cli.Commands.Conflicts;

/// <summary>
/// <c>throughline conflicts PATH</c>: cross-team conflicts — metric tensions, one metric defined two ways, over-asked
/// units, incompatible dates, late provider plans, unagreed or unreflected dependencies, unaccepted contributions,
/// company KRs nobody owns — and the top three issues to resolve before the quarter starts (CF rules).
/// </summary>
internal static class ConflictsCommand
{
    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var format = CommonOptions.Format("text", "json", "markdown");
        var cycle = CommonOptions.Cycle();
        var failOn = CommonOptions.FailOn("never", "a conflict");
        var minSeverity = new Option<string>("--min-severity")
        {
            Description = "List only conflicts at or above this severity: info (everything, including tensions read from levers) | warning | error. The top 3 are warnings either way.",
            DefaultValueFactory = _ => "info",
        };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");
        var command = new Command("conflicts", "Cross-team conflicts: KRs of two units that trade off (knowledge-base tensions, opposite directions, and at info level levers that trade off), one metric measured two ways, units asked for more engineer-weeks than they have or for incompatible dates, provider plans that land late, dependencies not agreed or not reflected in the provider's plans, unaccepted contributions, company KRs nobody owns (with a suggested owner), and the top 3 issues to resolve before the quarter starts, each with the units and the conversation they need (docs/rules.md, CF rules).")
        {
            path,
            format,
            cycle,
            failOn,
            minSeverity,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(format)!, parse.GetValue(cycle), parse.GetValue(failOn)!, parse.GetValue(minSeverity)!));
        return command;
    }

    private static int Run(CliContext context, string path, string format, string? cycle, string failOn, string minSeverity)
    {
        if (!WorkspaceGate.TryLoad(context, path, cycle, out var workspace, out var cycleId, out var exitCode))
        {
            return exitCode;
        }

        var shown = minSeverity switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            _ => Severity.Info,
        };
        var full = ConflictAnalysis.Run(workspace, KnowledgeBase.BuiltIn, cycleId);
        var report = full with { Conflicts = [.. full.Conflicts.Where(c => c.Severity >= shown)] };
        switch (format)
        {
            case "json":
                context.WriteRaw(Json.Serialize(ConflictsJson.From(report)));
                break;
            case "markdown":
                context.WriteRaw(ConflictsMarkdown.Render(workspace, report));
                break;
            default:
                ConflictsText.Render(context.Out, workspace, report);
                break;
        }

        var threshold = CommonOptions.FailOnSeverity(failOn);
        return threshold is { } t && full.Conflicts.Any(c => c.Severity >= t) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

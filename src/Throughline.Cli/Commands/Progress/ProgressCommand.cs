using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Knowledge;
using Throughline.Core.Progress;

namespace Throughline.Cli.Commands.Progress;

/// <summary>
/// <c>throughline progress PATH [--as-of DATE] [--unit ID]</c>: the honest progress review of a cycle — progress,
/// expected progress, forecast, status with its rule, recovery math, honesty checks, priorities and lessons.
/// </summary>
internal static class ProgressCommand
{
    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var format = CommonOptions.Format("text", "json", "markdown");
        var cycle = CommonOptions.Cycle();
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Replay the workspace at this date (YYYY-MM-DD): check-ins, decisions and events after it are ignored (default: the cycle's latest check-in).",
        };
        var unit = new Option<string?>("--unit") { Description = "Show only this unit's key results (a unit id such as growth)." };
        var charts = new Option<string?>("--charts") { Description = "Also write a burn-up chart per KR (actual, expected pace, forecast with its 80% band, target) as SVG into this folder." };
        var command = new Command("progress", "Honest progress review: per KR normalised progress vs the time elapsed, a forecast of the end value with an 80% band and the probability of hitting the target, a status (achieved, on track, at risk, off track, unknown) with the rule that set it, recovery math for KRs behind, honesty checks (stale check-ins, confidence vs evidence, easy targets, movement for the wrong reason, mid-cycle metric redefinitions), where to focus the rest of the cycle and what to fix in next cycle's OKRs. Rules PR001-PR015 are in docs/rules.md.")
        {
            path,
            format,
            cycle,
            asOf,
            unit,
            charts,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(format)!, parse.GetValue(cycle), parse.GetValue(asOf), parse.GetValue(unit), parse.GetValue(charts)));
        return command;
    }

    private static int Run(CliContext context, string path, string format, string? cycle, string? asOfText, string? unit, string? charts)
    {
        if (!CommonOptions.TryParseDate(context, "--as-of", asOfText, out var asOf))
        {
            return ExitCodes.BadInput;
        }

        if (!WorkspaceGate.TryLoad(context, path, cycle, out var workspace, out var cycleId, out var exitCode))
        {
            return exitCode;
        }

        var report = ProgressReview.Run(workspace, KnowledgeBase.BuiltIn, cycleId, asOf);
        if (unit is not null)
        {
            if (report.KeyResults.All(k => k.KeyResult.Ref.Scope != unit))
            {
                context.Error.MarkupLine($"[red]error:[/] unit '{Markup.Escape(unit)}' has no key results in {Markup.Escape(cycleId)}. Units: {Markup.Escape(string.Join(", ", workspace.Units.Select(u => u.Id)))}.");
                return ExitCodes.BadInput;
            }

            report = report.ForUnit(unit);
        }

        if (charts is not null)
        {
            Directory.CreateDirectory(charts);
            foreach (var kr in report.KeyResults.Where(k => k.Values.Count > 0))
            {
                File.WriteAllText(Path.Join(charts, kr.KeyResult.Ref.ToString().Replace('/', '-') + ".svg"), BurnUpSvg.Render(kr));
            }

            context.Error.MarkupLine($"Wrote {report.KeyResults.Count(k => k.Values.Count > 0)} burn-up charts to {Markup.Escape(charts)}.");
        }

        switch (format)
        {
            case "json":
                context.WriteRaw(Json.Serialize(ProgressJson.From(report)));
                break;
            case "markdown":
                context.WriteRaw(ProgressMarkdown.Render(workspace.Organisation, report));
                break;
            default:
                ProgressText.Render(context.Out, workspace.Organisation, report);
                break;
        }

        return ExitCodes.Ok;
    }
}

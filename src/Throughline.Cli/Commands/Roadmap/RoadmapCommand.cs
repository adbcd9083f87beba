using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Roadmap;

namespace Throughline.Cli.Commands.Roadmap;

/// <summary>
/// <c>throughline roadmap PATH</c>: the OKR-to-roadmap connection audit — per KR the initiatives expected to move it
/// against its gap, KRs with no work, initiatives with no KR, effort against priority, missing work and, with
/// <c>--cut 30%</c>, which initiatives to drop.
/// </summary>
internal static class RoadmapCommand
{
    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var format = CommonOptions.Format("text", "json", "markdown");
        var cycle = CommonOptions.Cycle();
        var cut = new Option<string?>("--cut")
        {
            Description = "Also choose what to drop to cut this share of the open effort (planned, in progress, blocked), e.g. 30% or 0.3. Keeps the most priority-weighted KR impact and never drops an initiative a kept one depends on.",
        };
        var matrix = new Option<string?>("--matrix")
        {
            Description = "Also write the KR x initiative matrix as CSV to this file (expected impact per cell; ?score for a suggestion).",
        };
        var initiatives = new Option<string?>("--initiatives")
        {
            Description = "Audit the initiatives of this Jira or Linear CSV export instead of the workspace's roadmap.yaml for the cycle (column mapping in docs/cli.md; KR references such as O1-KR2 or growth/O1-KR2 in labels, title or description are links).",
        };
        var pointsPerWeek = new Option<double>("--points-per-week")
        {
            Description = "With --initiatives: story points (Jira Story Points, Linear Estimate) one engineer delivers in a week, to turn estimates into engineer-weeks (default 5).",
            DefaultValueFactory = _ => 5,
        };
        var failOn = CommonOptions.FailOn("never");
        var command = new Command("roadmap", "Audit the connection between the roadmap and the OKRs: for each KR the initiatives expected to move it and by how much against its gap (covered, under-backed, unbacked), KRs with no work, initiatives with no KR (and suggested links), effort against priority, critical paths and missing work; --cut 30% picks what to drop. Every finding names its rule (docs/rules.md, Roadmap rules), the evidence and a fix.")
        {
            path,
            format,
            cycle,
            cut,
            matrix,
            initiatives,
            pointsPerWeek,
            failOn,
        };
        command.SetAction(parse => Run(
            context,
            new RoadmapRequest(parse.GetValue(path)!, parse.GetValue(format)!, parse.GetValue(cycle), parse.GetValue(cut), parse.GetValue(matrix), parse.GetValue(initiatives), parse.GetValue(pointsPerWeek), parse.GetValue(failOn)!)));
        return command;
    }

    private static int Run(CliContext context, RoadmapRequest request)
    {
        var (path, format, cycle, cutText, matrix, initiativesFile, pointsPerWeek, failOn) = request;
        double? share = null;
        if (cutText is not null)
        {
            if (!CutShare.TryParse(cutText, out var parsed))
            {
                context.Error.MarkupLine($"[red]error:[/] --cut '{Markup.Escape(cutText)}' is not a share: write 30% or 0.3 (between 0 and 100%).");
                return ExitCodes.BadInput;
            }

            share = parsed;
        }

        if (!WorkspaceGate.TryLoad(context, path, cycle, out var workspace, out var cycleId, out var exitCode))
        {
            return exitCode;
        }

        if (initiativesFile is not null)
        {
            if (pointsPerWeek <= 0)
            {
                context.Error.MarkupLine("[red]error:[/] --points-per-week must be more than 0.");
                return ExitCodes.BadInput;
            }

            if (!RoadmapImport.TryApply(context, initiativesFile, cycleId, pointsPerWeek, ref workspace))
            {
                return ExitCodes.BadInput;
            }
        }

        var report = RoadmapAudit.Run(workspace, KnowledgeBase.BuiltIn, cycleId, share);
        if (matrix is not null)
        {
            try
            {
                File.WriteAllText(matrix, RoadmapMatrix.Render(report));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Error.MarkupLine($"[red]error:[/] cannot write the matrix to '{Markup.Escape(matrix)}': {Markup.Escape(ex.Message)}");
                return ExitCodes.BadInput;
            }
        }

        Render(context, workspace, report, format);
        var threshold = CommonOptions.FailOnSeverity(failOn);
        return threshold is { } t && report.Findings.Any(f => f.Severity >= t) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static void Render(CliContext context, OkrWorkspace workspace, RoadmapReport report, string format)
    {
        switch (format)
        {
            case "json":
                context.WriteRaw(Json.Serialize(RoadmapJson.From(workspace, report)));
                break;
            case "markdown":
                context.WriteRaw(RoadmapMarkdown.Render(workspace, report));
                break;
            default:
                RoadmapText.Render(context.Out, workspace, report);
                break;
        }
    }
}

using System.CommandLine;
using Throughline.Cli.Output;
using Throughline.Core.Alignment;
using Throughline.Core.Knowledge;

namespace Throughline.Cli.Commands.Align;

/// <summary>
/// <c>throughline align PATH</c>: line of sight from every team objective and KR to the company OKRs (explicit links
/// and ranked, clearly marked suggestions), coverage of every company objective and KR, and the alignment and
/// org-design findings (AL rules); <c>--graph mermaid|dot</c> prints the strategy map instead.
/// </summary>
internal static class AlignCommand
{
    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var format = CommonOptions.Format("text", "json", "markdown");
        var cycle = CommonOptions.Cycle();
        var graph = new Option<string?>("--graph")
        {
            Description = "Print the strategy map instead of the report: mermaid (a Mermaid flowchart) or dot (Graphviz). Company -> team links are labelled with their 1-5 strength; uncovered company KRs, claimed-not-evident links and local goals are red.",
        };
        graph.AcceptOnlyFromAmong("mermaid", "dot");
        var failOn = CommonOptions.FailOn("never");
        var command = new Command("align", "Alignment and cascade analysis: for every team objective and KR, the company objectives and KRs it supports — explicit links plus inferred candidates ranked 1-5 with the reason (marked as suggestions) — coverage of every company objective and KR (covered, thin, uncovered, and by whom), and findings: claimed-not-evident links, uncovered company KRs, local goals, units that mark everything as health, fragmented objectives, chronic dependencies, missing or duplicated ownership, cross-functional outcomes nobody coordinates (docs/rules.md, AL rules).")
        {
            path,
            format,
            cycle,
            graph,
            failOn,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(format)!, parse.GetValue(cycle), parse.GetValue(graph), parse.GetValue(failOn)!));
        return command;
    }

    private static int Run(CliContext context, string path, string format, string? cycle, string? graph, string failOn)
    {
        if (!WorkspaceGate.TryLoad(context, path, cycle, out var workspace, out var cycleId, out var exitCode))
        {
            return exitCode;
        }

        var analysis = AlignmentContext.Create(workspace, KnowledgeBase.BuiltIn, cycleId);
        var report = AlignmentAnalysis.Run(analysis);
        if (graph is not null)
        {
            context.WriteRaw(graph == "dot" ? StrategyMap.Dot(analysis, report) : StrategyMap.Mermaid(analysis, report));
        }
        else
        {
            switch (format)
            {
                case "json":
                    context.WriteRaw(Json.Serialize(AlignJson.From(report)));
                    break;
                case "markdown":
                    context.WriteRaw(AlignMarkdown.Render(workspace, report));
                    break;
                default:
                    AlignText.Render(context.Out, workspace, report);
                    break;
            }
        }

        var threshold = CommonOptions.FailOnSeverity(failOn);
        return threshold is { } t && report.Findings.Any(f => f.Severity >= t) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

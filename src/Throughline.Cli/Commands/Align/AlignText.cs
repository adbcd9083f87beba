using Spectre.Console;
using Throughline.Core.Alignment;
using Throughline.Core.Model;

namespace Throughline.Cli.Commands.Align;

/// <summary>Renders an alignment report: coverage of the company OKRs, findings, then line of sight per team objective.</summary>
internal static class AlignText
{
    public static void Render(IAnsiConsole console, OkrWorkspace workspace, AlignmentReport report)
    {
        console.MarkupLine($"[bold]{Markup.Escape(workspace.Organisation)}[/] · alignment of {Markup.Escape(report.Cycle)}");
        console.WriteLine();
        console.MarkupLine("[bold underline]Coverage of company OKRs[/]");
        foreach (var coverage in report.Coverage)
        {
            var indent = coverage.Target.IsKeyResult ? "    " : "  ";
            console.MarkupLine($"{indent}{Verdict(coverage.Verdict)} [cyan]{Markup.Escape(coverage.Target.ToString())}[/] {Markup.Escape(Title(workspace, report.Cycle, coverage.Target))}");
            foreach (var contribution in coverage.Contributions)
            {
                console.MarkupLine($"{indent}  [dim]{Markup.Escape(contribution.Unit)} via {Markup.Escape(contribution.Source.ToString())}: {Kind(contribution.Kind)}, {contribution.Score}/5 — {Markup.Escape(contribution.Reason)}[/]");
            }

            if (coverage.Verdict != CoverageVerdict.Covered)
            {
                console.MarkupLine($"{indent}  [dim]{Markup.Escape(coverage.Meaning)}[/]");
            }

            if (coverage.Unclaimed.Count > 0)
            {
                console.MarkupLine($"{indent}  [dim]suggestion: unlinked team KRs on the same metric: {Markup.Escape(string.Join(", ", coverage.Unclaimed))}[/]");
            }
        }

        console.WriteLine();
        console.MarkupLine($"[bold underline]Findings[/] ({report.Findings.Count})");
        foreach (var finding in report.Findings)
        {
            console.MarkupLine($"  [yellow]{finding.RuleId}[/] [bold]{Markup.Escape(finding.Subject)}[/] {Markup.Escape(finding.Message)}");
            console.MarkupLine($"    [dim]evidence: {Markup.Escape(finding.Evidence)}[/]");
            console.MarkupLine($"    [green]fix:[/] {Markup.Escape(finding.Fix)}");
            if (finding.Where is { } where)
            {
                console.MarkupLine($"    [dim]at {Markup.Escape(where.ToString())}[/]");
            }
        }

        console.WriteLine();
        console.MarkupLine("[bold underline]Line of sight[/] [dim](explicit links first; \"suggested\" candidates are inferred, not claimed)[/]");
        foreach (var item in report.LineOfSight)
        {
            var indent = item.Source.IsKeyResult ? "    " : "  ";
            console.MarkupLine($"{indent}[cyan]{Markup.Escape(item.Source.ToString())}[/] {Markup.Escape(Title(workspace, report.Cycle, item.Source))}");
            if (item.Candidates.Count == 0)
            {
                console.MarkupLine($"{indent}  [dim]no company objective or KR in sight[/]");
            }

            foreach (var candidate in item.Candidates.Take(item.Source.IsKeyResult ? 3 : 6))
            {
                var label = candidate.Explicit ? "[bold]supports[/]" : "[dim]suggested[/]";
                console.MarkupLine($"{indent}  {label} {Markup.Escape(candidate.Target.ToString())} {candidate.Score}/5 [dim]{Markup.Escape(candidate.Reason)}[/]");
            }
        }
    }

    internal static string Title(OkrWorkspace workspace, string cycle, OkrRef reference)
    {
        var objective = workspace.ObjectivesIn(cycle).FirstOrDefault(o => o.Ref == reference.ObjectiveRef);
        return reference.IsKeyResult
            ? objective?.KeyResults.FirstOrDefault(k => k.Ref == reference)?.Text ?? string.Empty
            : objective?.Title ?? string.Empty;
    }

    private static string Verdict(CoverageVerdict verdict) => verdict switch
    {
        CoverageVerdict.Covered => "[green]covered  [/]",
        CoverageVerdict.Thin => "[yellow]thin     [/]",
        _ => "[red]uncovered[/]",
    };

    internal static string Kind(ContributionKind kind) => kind switch
    {
        ContributionKind.DirectMetric => "direct metric",
        ContributionKind.DriverMetric => "driver metric",
        _ => "enabler",
    };
}

using Spectre.Console;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rules;

namespace Throughline.Cli.Commands.Check;

/// <summary>Renders a quality review grouped by unit and objective, the worst first, with scores, findings and rewrites.</summary>
internal static class CheckText
{
    public static void Render(IAnsiConsole console, OkrWorkspace workspace, QualityReport report)
    {
        var krs = report.KeyResults.ToList();
        console.MarkupLine($"[bold]{Markup.Escape(workspace.Organisation)}[/] · quality review of {Markup.Escape(report.Cycle)} · " +
            $"{report.Objectives.Count} objectives, {krs.Count} key results" +
            (krs.Count > 0 ? $" · mean KR score {krs.Average(k => k.Score.Value):0}/100" : string.Empty));
        foreach (var unit in CheckOrder.Units(report))
        {
            console.WriteLine();
            var name = workspace.FindUnit(unit.Key)?.Name ?? unit.Key;
            console.MarkupLine($"[bold underline]{Markup.Escape(name)}[/] [dim]({Markup.Escape(unit.Key)})[/]");
            foreach (var objective in unit)
            {
                RenderObjective(console, objective);
            }
        }

        console.WriteLine();
        console.MarkupLine($"{report.Findings.Count} findings: {Count(report, Severity.Error)} errors, {Count(report, Severity.Warning)} warnings, {Count(report, Severity.Info)} infos. " +
            "Rules are described in docs/rules.md; scores and connection strength in docs/cli.md.");
    }

    private static void RenderObjective(IAnsiConsole console, ObjectiveReview objective)
    {
        var connection = objective.ConnectionStrength is { } strength ? $" · connection {strength}/5" : string.Empty;
        console.MarkupLine($"  [cyan]{Markup.Escape(objective.Objective.Ref.ToString())}[/] [bold]{objective.Score.Value}/100[/]{connection} {Markup.Escape(objective.Objective.Title)}");
        foreach (var link in objective.Connections)
        {
            console.MarkupLine($"    [dim]supports {Markup.Escape(link.Parent.ToString())} ({link.Strength}/5): {Markup.Escape(link.Reason)}[/]");
        }

        foreach (var finding in objective.Findings)
        {
            RenderFinding(console, finding, "    ");
        }

        foreach (var kr in objective.KeyResults.OrderBy(k => k.Score.Value).ThenBy(k => k.KeyResult.Ref.KeyResult))
        {
            var kind = kr.KeyResult.IsRat ? "rat" : kr.Classification.Kind.ToString().ToLowerInvariant();
            console.MarkupLine($"    {Markup.Escape(kr.KeyResult.Ref.LocalId)} [dim]{kind}[/] [bold]{kr.Score.Value}/100[/] {Markup.Escape(Quote(kr.KeyResult.Text))}");
            foreach (var finding in kr.Findings)
            {
                RenderFinding(console, finding, "      ");
            }

            if (kr.Rewrite is { } rewrite && kr.Findings.Count > 0)
            {
                console.MarkupLine($"      [green]rewrite:[/] {Markup.Escape(rewrite.Text)}");
                if (rewrite.BaselineNeeded is { } needed)
                {
                    console.MarkupLine($"      [dim]{Markup.Escape(needed)}[/]");
                }
            }
        }
    }

    private static void RenderFinding(IAnsiConsole console, Finding f, string indent)
    {
        var colour = f.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
        console.MarkupLine($"{indent}[{colour}]{f.Severity.ToString().ToLowerInvariant()} {f.RuleId}[/] {Markup.Escape(f.Message)}");
        console.MarkupLine($"{indent}  [dim]evidence:[/] {Markup.Escape(f.Evidence)}");
        console.MarkupLine($"{indent}  [dim]fix:[/] {Markup.Escape(f.Fix)}");
    }

    private static string Quote(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return "\"" + (line.Length > 110 ? line[..107] + "..." : line) + "\"";
    }

    private static int Count(QualityReport report, Severity severity) => report.Findings.Count(f => f.Severity == severity);
}

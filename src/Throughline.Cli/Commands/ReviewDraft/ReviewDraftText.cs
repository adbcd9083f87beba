using Spectre.Console;
using Throughline.Core.Diagnostics;
using Throughline.Core.Drafting;

namespace Throughline.Cli.Commands.ReviewDraft;

/// <summary>Renders the prompt-2 review of a draft for a terminal.</summary>
internal static class ReviewDraftText
{
    public static void Render(IAnsiConsole console, DraftCritique critique, int replaced)
    {
        console.MarkupLine($"[bold]Review of the draft OKRs of {Markup.Escape(critique.Unit)}[/] [dim]({Markup.Escape(critique.Cycle)})[/]");
        if (replaced > 0)
        {
            console.MarkupLine($"[dim]{replaced} check-in, roadmap or grade references point at the key results this draft replaces; they are ignored here.[/]");
        }

        var ambition = critique.Ambition.ToDictionary(a => a.KeyResult);
        foreach (var objective in critique.Review.Objectives)
        {
            console.WriteLine();
            var connection = objective.ConnectionStrength is { } s ? $" · connection {s}/5" : string.Empty;
            console.MarkupLine($"[cyan]{Markup.Escape(objective.Objective.Ref.LocalId)}[/] [bold]{objective.Score.Value}/100[/]{connection} {Markup.Escape(objective.Objective.Title)}");
            foreach (var link in objective.Connections)
            {
                console.MarkupLine($"  [dim]supports {Markup.Escape(link.Parent.ToString())} ({link.Strength}/5): {Markup.Escape(link.Reason)}[/]");
            }

            if (objective.ConnectionNote is { } note)
            {
                console.MarkupLine($"  [dim]{Markup.Escape(note)}[/]");
            }

            foreach (var finding in objective.Findings)
            {
                console.MarkupLine($"  [yellow]{finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}[/] {Markup.Escape(finding.Message)} [dim]fix: {Markup.Escape(finding.Fix)}[/]");
            }

            foreach (var kr in objective.KeyResults)
            {
                console.MarkupLine($"  [cyan]{Markup.Escape(kr.KeyResult.Ref.LocalId)}[/] [dim]{kr.Classification.Kind.ToString().ToLowerInvariant()}[/] [bold]{kr.Score.Value}/100[/] {Markup.Escape(kr.KeyResult.Text)}");
                if (ambition.TryGetValue(kr.KeyResult.Ref, out var check))
                {
                    console.MarkupLine($"    ambition: [bold]{check.Verdict}[/] ({Markup.Escape(check.Evidence)})");
                }

                foreach (var finding in kr.Findings)
                {
                    var colour = finding.Severity == Severity.Error ? "red" : "yellow";
                    console.MarkupLine($"    [{colour}]{finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}[/] {Markup.Escape(finding.Message)} [dim]fix: {Markup.Escape(finding.Fix)}[/]");
                }

                if (kr.Rewrite is { } rewrite && kr.Findings.Count > 0)
                {
                    console.MarkupLine($"    [green]rewrite:[/] {Markup.Escape(rewrite.Text)}");
                }
            }
        }

        console.WriteLine();
        console.MarkupLine(critique.Unmeasured.Count == 0 ? "[bold]Important outcomes not measured:[/] none found." : "[bold]Important outcomes not measured:[/]");
        foreach (var outcome in critique.Unmeasured)
        {
            console.MarkupLine($"  {Markup.Escape(outcome.Metric)}: {Markup.Escape(outcome.LineOfSight)}");
            console.MarkupLine($"    [green]suggested KR:[/] {Markup.Escape(outcome.SuggestedKeyResult)}");
        }

        var findings = critique.Review.Findings;
        console.MarkupLine($"{findings.Count(f => f.Severity == Severity.Error)} errors, {findings.Count(f => f.Severity == Severity.Warning)} warnings (rules in docs/rules.md).");
    }
}

using Spectre.Console;
using Throughline.Core.Diagnostics;
using Throughline.Core.Quality.Rules;

namespace Throughline.Cli.Commands.Draft;

/// <summary>Renders the draft assessment for a terminal: each proposed objective and KR with its reasons, then the gaps and the review.</summary>
internal static class DraftText
{
    public static void Render(IAnsiConsole console, DraftReport report)
    {
        var draft = report.Draft;
        console.MarkupLine($"[bold]Draft OKRs for {Markup.Escape(draft.Unit.Name)}[/] [dim]({Markup.Escape(draft.Unit.Id)}, {Markup.Escape(draft.Cycle)})[/]");
        console.MarkupLine($"[dim]engine: {Markup.Escape(report.Engine)}; {Markup.Escape(report.EngineNote)}[/]");
        console.MarkupLine($"[dim]written to {Markup.Escape(report.File)}: a proposal for the team to edit, not their OKRs[/]");
        foreach (var note in draft.Notes)
        {
            console.MarkupLine($"[dim]- {Markup.Escape(note)}[/]");
        }

        var findings = report.Review.Findings.ToLookup(f => f.Target);
        var connections = report.Review.Objectives.ToDictionary(o => o.Objective.Ref, o => o);
        foreach (var objective in draft.Objectives)
        {
            console.WriteLine();
            var reviewed = connections.GetValueOrDefault(objective.Objective.Ref);
            var score = reviewed is null ? string.Empty : $" [bold]{reviewed.Score.Value}/100[/]" + (reviewed.ConnectionStrength is { } s ? $" · connection {s}/5" : string.Empty);
            console.MarkupLine($"[cyan]{Markup.Escape(objective.Objective.Ref.LocalId)}[/]{score} [bold]{Markup.Escape(objective.Objective.Title)}[/]");
            console.MarkupLine($"  [dim]{Markup.Escape(objective.Objective.Why ?? string.Empty)}[/]");
            foreach (var finding in findings[objective.Objective.Ref])
            {
                RenderFinding(console, finding, "  ");
            }

            foreach (var kr in objective.KeyResults)
            {
                console.MarkupLine($"  [cyan]{Markup.Escape(kr.KeyResult.Ref.LocalId)}[/] {Markup.Escape(kr.KeyResult.Text)}");
                console.MarkupLine($"    line of sight: {Markup.Escape(kr.LineOfSight)}");
                console.MarkupLine($"    why this metric: {Markup.Escape(kr.Lever)}");
                console.MarkupLine($"    {kr.Kind.ToString().ToLowerInvariant()} KR ({Markup.Escape(string.Join("; ", kr.KindReasons.Take(2)))}); {Markup.Escape(kr.Measurability)}");
                console.MarkupLine($"    calibration: {Markup.Escape(kr.Calibration)}");
                foreach (var flag in kr.Dependencies)
                {
                    console.MarkupLine($"    [yellow]depends on {Markup.Escape(flag.OtherUnit)}:[/] {Markup.Escape(flag.Reason)} [dim]({Markup.Escape(flag.Source)})[/]");
                }

                foreach (var finding in findings[kr.KeyResult.Ref])
                {
                    RenderFinding(console, finding, "    ");
                }
            }
        }

        console.WriteLine();
        console.MarkupLine(draft.NoLineOfSight.Count == 0 ? "[bold]No line of sight:[/] none, every company objective is reached." : "[bold]No line of sight:[/]");
        foreach (var gap in draft.NoLineOfSight)
        {
            console.MarkupLine($"  [yellow]{Markup.Escape(gap.CompanyObjective.ToString())}[/] {Markup.Escape(gap.Title)}");
            console.MarkupLine($"    evidence: {Markup.Escape(gap.Evidence)}");
            console.MarkupLine($"    implication: {Markup.Escape(gap.Implication)}");
        }

        var general = draft.Dependencies.Where(d => d.KeyResult is null).ToList();
        if (general.Count > 0)
        {
            console.MarkupLine("[bold]Other unagreed contributions the unit's work relies on:[/]");
            foreach (var flag in general)
            {
                console.MarkupLine($"  [yellow]{Markup.Escape(flag.OtherUnit)}:[/] {Markup.Escape(flag.Reason)} [dim]({Markup.Escape(flag.Source)})[/]");
            }
        }

        var all = report.Review.Findings;
        console.MarkupLine($"Quality review of the draft: {all.Count(f => f.Severity == Severity.Error)} errors, {all.Count(f => f.Severity == Severity.Warning)} warnings, {all.Count(f => f.Severity == Severity.Info)} infos (rules in docs/rules.md).");
    }

    private static void RenderFinding(IAnsiConsole console, Finding f, string indent)
    {
        var colour = f.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
        console.MarkupLine($"{indent}[{colour}]{f.Severity.ToString().ToLowerInvariant()} {f.RuleId}[/] {Markup.Escape(f.Message)} [dim]fix: {Markup.Escape(f.Fix)}[/]");
    }
}

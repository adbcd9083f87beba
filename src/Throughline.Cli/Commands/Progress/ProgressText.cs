using System.Globalization;
using Spectre.Console;
using Throughline.Core.Progress;
using Throughline.Core.Quality.Rules;

namespace Throughline.Cli.Commands.Progress;

/// <summary>Renders a progress review as text: a summary, then each unit's KRs worst first, then priorities and lessons.</summary>
internal static class ProgressText
{
    public static void Render(IAnsiConsole console, string organisation, ProgressReport report)
    {
        var krs = report.KeyResults;
        var week = krs.Count > 0 ? krs[0].WeeksElapsed : 0;
        var total = krs.Count > 0 ? krs[0].WeeksElapsed + krs[0].WeeksRemaining : 0;
        console.MarkupLine($"[bold]{Markup.Escape(organisation)}[/] · progress of {Markup.Escape(report.Cycle.Id)} as of {report.AsOf:yyyy-MM-dd} (week {week} of {total}) · {krs.Count} key results");
        console.MarkupLine("  " + string.Join(" · ", Enum.GetValues<ProgressStatus>().Select(s => $"{krs.Count(k => k.Status == s)} {Label(s)}")));
        foreach (var unit in krs.GroupBy(k => k.KeyResult.Ref.Scope ?? ""))
        {
            console.WriteLine();
            console.MarkupLine($"[bold underline]{Markup.Escape(unit.Key)}[/]");
            foreach (var kr in unit.OrderBy(k => Urgency(k.Status)).ThenBy(k => k.KeyResult.Ref.LocalId, StringComparer.Ordinal))
            {
                RenderKr(console, kr);
            }
        }

        if (report.Priorities.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Where the rest of the cycle recovers most[/] (share of the remaining gap the unshipped work closes per engineer-week):");
            foreach (var p in report.Priorities)
            {
                var work = p.Initiatives.Count > 0 ? string.Join(", ", p.Initiatives) : "no unshipped initiative linked";
                console.MarkupLine($"  {Markup.Escape(p.KeyResult.ToString())}: {Markup.Escape(work)} · expected {p.ExpectedImpact.ToString("0.##", CultureInfo.InvariantCulture)} of {p.RemainingGap.ToString("0.##", CultureInfo.InvariantCulture)} to go for {p.Effort.ToString("0.#", CultureInfo.InvariantCulture)} ew");
            }
        }

        if (report.Lessons.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]What this says about our OKR quality (fix next cycle):[/]");
            foreach (var lesson in report.Lessons)
            {
                console.MarkupLine($"  - {Markup.Escape(lesson)}");
            }
        }

        console.WriteLine();
        console.MarkupLine($"{report.Findings.Count()} honesty findings. Statuses and rules PR001-PR015 are described in docs/rules.md.");
    }

    private static void RenderKr(IAnsiConsole console, KrProgress kr)
    {
        var spark = Sparkline.Of(kr.Values.Select(v => v.Value), kr.Baseline, kr.Target);
        var progress = kr.Progress is { } p && kr.Kind is ProgressKind.Increase or ProgressKind.Decrease ? $" {p:0%} of gap vs {kr.Expected:0%} expected" : "";
        console.MarkupLine($"  [{Colour(kr.Status)}]{Label(kr.Status),-9}[/] {Markup.Escape(kr.KeyResult.Ref.LocalId)} [dim]{kr.StatusRule}[/] {Markup.Escape(spark)}{Markup.Escape(progress)}  {Markup.Escape(Quote(kr.KeyResult.Text))}");
        console.MarkupLine($"      {Markup.Escape(kr.StatusReason)}");
        if (kr.Recovery is { DecisionDraft: { } draft, StakeholderDraft: { } message })
        {
            console.MarkupLine("      [dim]decision-log draft:[/]");
            foreach (var line in draft.Split('\n'))
            {
                console.MarkupLine($"        {Markup.Escape(line)}");
            }

            console.MarkupLine($"      [dim]stakeholder message:[/] {Markup.Escape(message)}");
        }

        foreach (var finding in kr.Findings)
        {
            RenderFinding(console, finding);
        }
    }

    private static void RenderFinding(IAnsiConsole console, Finding finding)
    {
        console.MarkupLine($"      [yellow]{finding.RuleId}[/] {Markup.Escape(finding.Message)}");
        console.MarkupLine($"        [dim]evidence:[/] {Markup.Escape(finding.Evidence)}");
        console.MarkupLine($"        [green]fix:[/] {Markup.Escape(finding.Fix)}");
    }

    public static string Label(ProgressStatus status) => status switch
    {
        ProgressStatus.Achieved => "achieved",
        ProgressStatus.OnTrack => "on track",
        ProgressStatus.AtRisk => "at risk",
        ProgressStatus.OffTrack => "off track",
        ProgressStatus.Unknown => "unknown",
        _ => "not measurable",
    };

    /// <summary>The order key results are listed in, in every format: off track first, achieved last.</summary>
    public static int Urgency(ProgressStatus status) => status switch
    {
        ProgressStatus.OffTrack => 0,
        ProgressStatus.AtRisk => 1,
        ProgressStatus.Unknown => 2,
        ProgressStatus.OnTrack => 3,
        ProgressStatus.Achieved => 4,
        _ => 5,
    };

    private static string Colour(ProgressStatus status) => status switch
    {
        ProgressStatus.OffTrack => "red",
        ProgressStatus.AtRisk => "yellow",
        ProgressStatus.OnTrack or ProgressStatus.Achieved => "green",
        _ => "grey",
    };

    private static string Quote(string text) => text.Length > 90 ? text[..87] + "..." : text;
}

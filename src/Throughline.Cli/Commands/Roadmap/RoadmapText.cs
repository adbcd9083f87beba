using Spectre.Console;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Roadmap;
using static Throughline.Cli.Commands.Roadmap.RoadmapFormat;

namespace Throughline.Cli.Commands.Roadmap;

/// <summary>Renders the roadmap audit as the six answers of the connection audit, then every finding.</summary>
internal static class RoadmapText
{
    public static void Render(IAnsiConsole console, OkrWorkspace workspace, RoadmapReport report)
    {
        var effort = report.Initiatives.Sum(i => i.Effort ?? 0);
        console.MarkupLine($"[bold]{Markup.Escape(workspace.Organisation)}[/] · roadmap audit of {Markup.Escape(report.Cycle)} · " +
            $"{report.Initiatives.Count} initiatives, {Number(effort)} engineer-weeks · linked to a KR: {report.Linked.Count()} ({Percent(report.LinkedInitiativeShare)} of initiatives, {Percent(report.LinkedEffortShare)} of effort)");

        if (report.Initiatives.Count == 0)
        {
            console.MarkupLine($"[yellow]No initiatives in {Markup.Escape(report.Cycle)}: add roadmap.yaml (docs/workspace-format.md) or audit an export with --initiatives FILE.[/]");
        }

        Heading(console, "1. Key results and the work expected to move them");
        foreach (var c in report.Coverage)
        {
            var colour = c.Status switch { CoverageStatus.Unbacked => "red", CoverageStatus.UnderBacked => "yellow", _ => "green" };
            var work = c.Links.Count > 0
                ? string.Join(", ", c.Links.Select(l => $"{l.Initiative} {(l.Expected is { } e ? Number(e, true) : "?")}"))
                : c.SupportedBy.Count > 0 ? "through " + string.Join(", ", c.SupportedBy) : "no work";
            console.MarkupLine($"  [cyan]{Markup.Escape(c.KeyResult.Ref.ToString())}[/] [{colour}]{Status(c.Status)}[/] {Markup.Escape(Gap(c))} · {Number(c.Effort)} ew · {Markup.Escape(work)}");
        }

        Heading(console, "2. Key results with no roadmap backing");
        Lines(console, report.Coverage.Where(c => c.Status == CoverageStatus.Unbacked).Select(c => $"{c.KeyResult.Ref} \"{c.KeyResult.Text}\""), "none");
        Lines(console, report.Coverage.Where(c => c.Status == CoverageStatus.UnderBacked).Select(c => $"under-backed: {c.KeyResult.Ref} {Gap(c)}, {Number(c.Shortfall ?? 0)} short"), null);

        Heading(console, "3. Initiatives connected to no key result");
        var orphanEffort = report.Orphans.Sum(o => o.Effort ?? 0);
        Lines(console, report.Orphans.Select(o => $"{o.Id} \"{o.Title}\" ({o.Unit}, {(o.Effort is { } e ? Number(e) + " ew" : "no effort stated")})"), "none");
        if (report.Orphans.Count > 0)
        {
            console.MarkupLine($"  [dim]{report.Orphans.Count} orphan(s), {Number(orphanEffort)} ew ({Percent(effort <= 0 ? 0 : orphanEffort / effort)} of roadmap effort)[/]");
        }

        Lines(console, report.Suggestions.Select(s => $"suggested (not a stated link): {s.Initiative} -> {s.KeyResult}, score {Number(s.Score)}: {s.Reason}"), null);

        Heading(console, "4. Effort against priority (within each unit)");
        foreach (var a in report.Allocations.Where(a => a.Effort > 0 || a.Mismatch <= -RoadmapRules.MismatchThreshold).OrderByDescending(a => Math.Abs(a.Mismatch)).Take(12))
        {
            console.MarkupLine($"  {Markup.Escape(a.Objective.Ref.ToString())} order {a.Objective.Order}: {Percent(a.ImportanceShare)} of {Markup.Escape(a.Unit)}'s priority, {Number(a.Effort)} ew = {Percent(a.EffortShare)} of its linked effort ({(a.Mismatch >= 0 ? "+" : "")}{Percent(a.Mismatch)})");
        }

        Heading(console, "5. The cut");
        if (report.Cut is { } cut)
        {
            console.MarkupLine($"  Cut {Percent(cut.Share)} of {Number(cut.OpenEffort)} ew open effort: keep at most {Number(cut.Budget)} ew; kept {Number(cut.KeptEffort)} ew, cut {Number(cut.CutEffort)} ew.");
            console.MarkupLine($"  KR value kept: {Percent(cut.ValueKeptShare)} ({Number(cut.ValueKept)} of {Number(cut.ValueAll)} weighted gap-shares); {(cut.Optimal ? "proven optimal" : $"best found; no cut keeps more than {Number(cut.UpperBound)}")} ({cut.Nodes} search nodes).");
            foreach (var decision in cut.Cuts)
            {
                console.MarkupLine($"  [red]cut[/] {Markup.Escape(decision.Initiative.Id)} \"{Markup.Escape(decision.Initiative.Title)}\" ({Number(decision.Initiative.Effort ?? 0)} ew): {Markup.Escape(decision.Reason)}");
            }
        }
        else
        {
            console.MarkupLine("  [dim]run with --cut 30% to choose what to drop[/]");
        }

        Heading(console, "6. Missing work");
        Lines(console, report.MissingWork.Select(m => $"{m.KeyResult}: {(m.Shortfall is { } s ? Number(s) + " of the gap open" : "no work")}" +
            (m.Drivers.Count > 0 ? $"; work that moves {string.Join(" or ", m.Drivers)} would move {m.Metric}" : m.Metric is null ? "; no known metric to suggest drivers for" : $"; no known drivers of {m.Metric}") +
            (m.Owners.Count > 0 ? $"; natural owner: {string.Join(", ", m.Owners)}" : string.Empty)), "none");

        Heading(console, "Critical paths");
        Lines(console, report.CriticalPaths.Select(p => $"{p.Initiative.Id} -> {string.Join(", ", p.Dependants.Select(d => d.Initiative.Id))} (least slack {(p.MinSlackDays is { } s ? s + " days" : "unknown")}; KRs {string.Join(", ", p.KeyResults)})"), "none");

        Heading(console, "Findings");
        foreach (var f in report.Findings)
        {
            var colour = f.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
            console.MarkupLine($"  [{colour}]{f.Severity.ToString().ToLowerInvariant()} {f.RuleId}[/] {Markup.Escape(f.Target)}: {Markup.Escape(f.Message)}");
            console.MarkupLine($"    [dim]evidence:[/] {Markup.Escape(f.Evidence)}");
            console.MarkupLine($"    [green]fix:[/] {Markup.Escape(f.Fix)}");
        }

        console.WriteLine();
        console.MarkupLine($"{report.Findings.Count} findings: {report.Findings.Count(f => f.Severity == Severity.Warning)} warnings, {report.Findings.Count(f => f.Severity == Severity.Info)} infos. Rules are described in docs/rules.md (Roadmap rules).");
    }

    private static void Heading(IAnsiConsole console, string title)
    {
        console.WriteLine();
        console.MarkupLine($"[bold underline]{Markup.Escape(title)}[/]");
    }

    private static void Lines(IAnsiConsole console, IEnumerable<string> lines, string? none)
    {
        var any = false;
        foreach (var line in lines)
        {
            any = true;
            console.MarkupLine($"  {Markup.Escape(line)}");
        }

        if (!any && none is not null)
        {
            console.MarkupLine($"  [dim]{none}[/]");
        }
    }
}

using System.Globalization;
using System.Text;
using Throughline.Cli.Commands.Progress;
using Throughline.Cli.Commands.Review.Html;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Portfolio;
using Throughline.Core.Quality.Classification;
using Throughline.Core.Quality.Review;

namespace Throughline.Cli.Commands.Review;

/// <summary>
/// The review as Markdown, with the same sections as the HTML report for the same view: the summary and top actions,
/// the strategy map as a Mermaid flowchart, every unit's OKRs with quality scores, connection and rewrites, coverage of
/// company OKRs, the conflicts board, roadmap coverage and the 30% cut, progress with forecasts and honesty flags, and
/// every finding. Long tables are cut as in the HTML report, saying which command lists every row.
/// </summary>
internal static class ReviewMarkdown
{
    private const int MaxRows = 300;

    public static string Render(OkrWorkspace workspace, PortfolioReport report, ReviewView view, string? unit)
    {
        var md = new StringBuilder(32 * 1024);
        md.AppendLine(CultureInfo.InvariantCulture, $"# OKR review: {report.Organisation}, {report.Cycle.Id}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"As of {report.AsOf:yyyy-MM-dd} (cycle {report.Cycle.Start:yyyy-MM-dd} to {report.Cycle.End:yyyy-MM-dd}).").AppendLine();
        foreach (var (id, _) in ReviewHtml.Sections(view))
        {
            switch (id)
            {
                case "summary":
                    Summary(md, report, unit);
                    break;
                case "map":
                    Map(md, report);
                    break;
                case "units":
                    Units(md, workspace, report, view, unit);
                    break;
                case "alignment":
                    Alignment(md, report);
                    break;
                case "conflicts":
                    Conflicts(md, report, unit);
                    break;
                case "roadmap":
                    Roadmap(md, report, unit);
                    break;
                case "progress":
                    Progress(md, report, unit);
                    break;
                case "appendix":
                    Findings(md, report.FindingsFor(unit));
                    break;
            }
        }

        return md.ToString();
    }

    private static void Summary(StringBuilder md, PortfolioReport report, string? unit)
    {
        var h = report.Health;
        md.AppendLine("## Portfolio health").AppendLine();
        md.AppendLine("| measure | value |").AppendLine("|---|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| key results | {h.KeyResults} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| measure an outcome | {ReviewFormat.Percent(h.OutcomeShare)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| have a baseline | {ReviewFormat.Percent(h.BaselineShare)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| company key results covered | {(h.CompanyKeyResultsCovered is { } c ? $"{c} / {h.CompanyKeyResults}" : $"— / {h.CompanyKeyResults}")} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| cross-team conflicts open | {h.ConflictsOpen?.ToString(CultureInfo.InvariantCulture) ?? "—"} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| roadmap work linked to a KR | {ReviewFormat.Percent(h.InitiativesLinkedShare)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| forecast KRs on track | {ReviewFormat.Percent(h.OnTrackShare)} |").AppendLine();
        md.AppendLine("## Top actions").AppendLine();
        foreach (var action in report.ActionsFor(unit))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{action.Rank}. **{Inline(action.Title)}**  ");
            md.AppendLine(CultureInfo.InvariantCulture, $"   Next step: {Inline(action.NextStep)}  ");
            md.AppendLine(CultureInfo.InvariantCulture, $"   Why: {Inline(action.Why)}");
        }

        md.AppendLine();
    }

    /// <summary>The strategy map as a Mermaid flowchart, which GitHub, GitLab and most wikis draw.</summary>
    private static void Map(StringBuilder md, PortfolioReport report)
    {
        var verdicts = report.Alignment.Coverage.GroupBy(c => c.Target).ToDictionary(g => g.Key, g => g.First().Verdict.ToString().ToLowerInvariant());
        var map = StrategyMapBuilder.Build(report.Cascade, report.Quality, target => verdicts.GetValueOrDefault(target));
        md.AppendLine("## Strategy map").AppendLine();
        md.AppendLine("Company objectives and key results on the left, the objectives that support them to the right; links are labelled with their 1-5 connection strength. Red: company key results nobody covers; amber: thinly covered ones and local goals with no line of sight; grey: health goals.").AppendLine();
        var ids = map.Nodes.Select((n, i) => (n.Id, Index: i)).GroupBy(n => n.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => $"n{g.First().Index}", StringComparer.Ordinal);
        md.AppendLine("```mermaid").AppendLine("flowchart LR");
        foreach (var node in map.Nodes)
        {
            var label = node.Badge is { } badge ? $"{badge}: {node.Label}" : node.Label;
            md.AppendLine(CultureInfo.InvariantCulture, $"  {ids[node.Id]}[\"{MermaidText(Svg.Clip(label, 70))}\"]");
        }

        foreach (var edge in map.Edges.Where(e => ids.ContainsKey(e.From) && ids.ContainsKey(e.To)))
        {
            md.AppendLine(edge.Strength > 0
                ? $"  {ids[edge.From]} -->|{edge.Strength}| {ids[edge.To]}"
                : $"  {ids[edge.From]} --> {ids[edge.To]}");
        }

        md.AppendLine("  classDef gap fill:#fdd,stroke:#c00,color:#900");
        md.AppendLine("  classDef warn fill:#fff4d6,stroke:#b80,stroke-dasharray:4");
        md.AppendLine("  classDef health fill:#eee,stroke:#888");
        foreach (var (kind, style) in new[] { (MapNodeKind.UncoveredKeyResult, "gap"), (MapNodeKind.ThinKeyResult, "warn"), (MapNodeKind.LocalGoal, "warn"), (MapNodeKind.HealthGoal, "health") })
        {
            var members = map.Nodes.Where(n => n.Kind == kind).Select(n => ids[n.Id]).Distinct(StringComparer.Ordinal).ToList();
            if (members.Count > 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"  class {string.Join(',', members)} {style}");
            }
        }

        md.AppendLine("```").AppendLine();
    }

    private static void Units(StringBuilder md, OkrWorkspace workspace, PortfolioReport report, ReviewView view, string? unit)
    {
        var units = unit is null ? workspace.Units : [.. workspace.Units.Where(u => u.Id == unit)];
        var byUnit = report.Quality.ByUnit();
        md.AppendLine("## Units").AppendLine();
        if (view is ReviewView.All or ReviewView.Leader && unit is null)
        {
            md.AppendLine("| unit | objectives | key results | mean quality | outcome KRs | errors | warnings | weakest connection |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            var rows = units.Where(u => byUnit.ContainsKey(u.Id)).Select(u => (Unit: u, Report: byUnit[u.Id], Krs: byUnit[u.Id].KeyResults.ToList()))
                .OrderBy(r => r.Krs.Count == 0 ? 100 : r.Krs.Average(k => k.Score.Value))
                .ThenBy(r => r.Unit.Id, StringComparer.Ordinal);
            foreach (var (u, mine, krs) in rows)
            {
                var mean = krs.Count == 0 ? "—" : krs.Average(k => k.Score.Value).ToString("0", CultureInfo.InvariantCulture);
                var weakest = mine.Objectives.Select(o => o.ConnectionStrength).OfType<int>().DefaultIfEmpty().Min();
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(u.Name)} | {mine.Objectives.Count} | {krs.Count} | {mean} | {krs.Count(k => k.Classification.Kind == KrKind.Outcome)}/{krs.Count} | {mine.Findings.Count(f => f.Severity == Severity.Error)} | {mine.Findings.Count(f => f.Severity == Severity.Warning)} | {(weakest == 0 ? "—" : $"{weakest}/5")} |");
            }

            md.AppendLine();
        }

        foreach (var u in units)
        {
            if (byUnit.TryGetValue(u.Id, out var mine))
            {
                Unit(md, u, mine);
            }
        }
    }

    private static void Unit(StringBuilder md, OrgUnit unit, QualityReport report)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"### {unit.Name}").AppendLine();
        if (unit.Area is { } area)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Area: {Inline(area)}").AppendLine();
        }

        foreach (var review in report.Objectives)
        {
            var o = review.Objective;
            var connection = review.Connections.Count > 0
                ? string.Join("; ", review.Connections.Select(c => $"{c.Strength}/5 to {c.Parent}: {c.Reason}"))
                : review.ConnectionNote ?? "—";
            md.AppendLine(CultureInfo.InvariantCulture, $"**{o.Ref} {Inline(o.Title)}**: quality {review.Score.Value}/100. Connection: {Inline(connection)}").AppendLine();
            foreach (var finding in review.Findings)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {finding.RuleId} {finding.Severity.ToString().ToLowerInvariant()}: {Inline(finding.Message)} Fix: {Inline(finding.Fix)}");
            }

            if (review.Findings.Count > 0)
            {
                md.AppendLine();
            }

            md.AppendLine("| KR | key result | kind | score | findings and rewrite |").AppendLine("|---|---|---|---:|---|");
            foreach (var kr in review.KeyResults)
            {
                var notes = kr.Findings.Select(f => $"{f.RuleId} {f.Severity.ToString().ToLowerInvariant()}: {f.Message}").ToList();
                if (kr.Rewrite is { } rewrite)
                {
                    notes.Add($"Rewrite: {rewrite.Text}");
                }

                md.AppendLine(CultureInfo.InvariantCulture, $"| {kr.KeyResult.Ref.LocalId} | {Cell(kr.KeyResult.Text)} | {kr.Classification.Kind.ToString().ToLowerInvariant()} | {kr.Score.Value} | {(notes.Count == 0 ? "—" : string.Join("<br>", notes.Select(Cell)))} |");
            }

            md.AppendLine();
        }
    }

    private static void Alignment(StringBuilder md, PortfolioReport report)
    {
        var coverage = report.Alignment.Coverage;
        md.AppendLine("## Alignment and coverage").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{coverage.Count(c => c.Verdict == Core.Alignment.CoverageVerdict.Covered)} covered, {coverage.Count(c => c.Verdict == Core.Alignment.CoverageVerdict.Thin)} thin, {coverage.Count(c => c.Verdict == Core.Alignment.CoverageVerdict.Uncovered)} uncovered company objectives and key results. Covered means a team moves the metric itself or a driver of it; thin means only enablers or outputs; uncovered means no team's work reaches it.").AppendLine();
        md.AppendLine("| company OKR | verdict | who contributes, and how | what it means |").AppendLine("|---|---|---|---|");
        foreach (var c in coverage)
        {
            var who = c.Contributions.Count == 0 ? "nobody" : string.Join("; ", c.Contributions.Select(k => $"{k.Unit} ({ReviewLabels.Contribution(k.Kind)}, {k.Source})"));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {c.Target} | {c.Verdict.ToString().ToLowerInvariant()} | {Cell(who)} | {Cell(c.Meaning)} |");
        }

        md.AppendLine();
    }

    private static void Conflicts(StringBuilder md, PortfolioReport report, string? unit)
    {
        var conflicts = report.Conflicts.Conflicts.Where(c => unit is null || c.Units.Contains(unit, StringComparer.Ordinal)).ToList();
        md.AppendLine(CultureInfo.InvariantCulture, $"## Conflicts board ({conflicts.Count})").AppendLine();
        if (conflicts.Count == 0)
        {
            md.AppendLine("No cross-team conflicts found.").AppendLine();
            return;
        }

        var top = report.Conflicts.TopIssues.Where(t => unit is null || t.Conflict.Units.Contains(unit, StringComparer.Ordinal)).ToList();
        if (top.Count > 0)
        {
            md.AppendLine("Who must talk to whom:").AppendLine();
            foreach (var issue in top)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"{issue.Rank}. **{Inline(string.Join(" and ", issue.Conflict.Units))}**: {Inline(issue.Conflict.Rationale)}  ");
                md.AppendLine(CultureInfo.InvariantCulture, $"   {Inline(issue.Conversation)}");
            }

            md.AppendLine();
        }

        md.AppendLine("| rule | severity | kind | between | why it is a conflict | what to do |").AppendLine("|---|---|---|---|---|---|");
        foreach (var c in conflicts.Take(MaxRows))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {c.RuleId} | {c.Severity.ToString().ToLowerInvariant()} | {ReviewLabels.Words(c.Type.ToString())} | {Cell(c.B is null ? c.A : $"{c.A} vs {c.B}")} | {Cell(c.Rationale)} | {Cell(c.Suggestion)} |");
        }

        More(md, conflicts.Count, "conflicts", "throughline conflicts");
    }

    private static void Roadmap(StringBuilder md, PortfolioReport report, string? unit)
    {
        var roadmap = report.Roadmap;
        md.AppendLine("## Roadmap coverage").AppendLine();
        if (roadmap.Initiatives.Count == 0)
        {
            md.AppendLine("The workspace has no roadmap initiatives for this cycle.").AppendLine();
            return;
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"{roadmap.Linked.Count()} of {roadmap.Initiatives.Count} initiatives ({roadmap.LinkedInitiativeShare:0%}) and {roadmap.LinkedEffortShare:0%} of the effort are explicitly linked to a key result; {roadmap.Orphans.Count} initiatives are linked to nothing.").AppendLine();
        var rows = roadmap.Coverage.Where(c => unit is null || c.KeyResult.Ref.Scope == unit).ToList();
        md.AppendLine("| key result | verdict | gap | expected impact | effort (eng-weeks) | initiatives |").AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var c in rows.Take(MaxRows))
        {
            var initiatives = c.Links.Count == 0 ? "none" : string.Join(", ", c.Links.Select(l => l.Expected is { } e ? $"{l.Initiative} ({ValueFormat.Number(e)})" : l.Initiative));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {c.KeyResult.Ref} {Cell(Svg.Clip(c.KeyResult.Text, 80))} | {ReviewLabels.Coverage(c.Status)} | {(c.Gap is { } g ? ValueFormat.Number(g) : "—")} | {ValueFormat.Number(c.Expected)} | {ValueFormat.Number(c.Effort)} | {Cell(initiatives)} |");
        }

        More(md, rows.Count, "key results", "throughline roadmap");
        var orphans = roadmap.Orphans.Where(o => unit is null || o.Unit == unit).ToList();
        if (orphans.Count > 0)
        {
            md.AppendLine("Work with no key result:").AppendLine();
            foreach (var orphan in orphans.Take(MaxRows))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {orphan.Id} {Inline(orphan.Title)} ({orphan.Unit}, {(orphan.Effort is { } e ? $"{ValueFormat.Number(e)} eng-weeks" : "effort unknown")})");
            }

            md.AppendLine();
        }

        if (roadmap.Cut is { } cut)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### If {cut.Share:0%} of the roadmap must go").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Keep {ValueFormat.Number(cut.KeptEffort)} of {ValueFormat.Number(cut.OpenEffort)} open engineer-weeks (limit {ValueFormat.Number(cut.Budget)}) and {(cut.ValueAll <= 0 ? "all" : (cut.ValueKept / cut.ValueAll).ToString("0%", CultureInfo.InvariantCulture))} of the priority-weighted key result impact{(cut.Optimal ? ", proven optimal" : $"; no cut keeps more than {ValueFormat.Number(cut.UpperBound)}")}. Drop:").AppendLine();
            md.AppendLine("| initiative | unit | effort | why it goes |").AppendLine("|---|---|---:|---|");
            foreach (var decision in cut.Cuts)
            {
                var i = decision.Initiative;
                md.AppendLine(CultureInfo.InvariantCulture, $"| {i.Id} {Cell(i.Title)} | {i.Unit} | {(i.Effort is { } e ? ValueFormat.Number(e) : "—")} | {Cell(decision.Reason)} |");
            }

            md.AppendLine();
        }
    }

    private static void Progress(StringBuilder md, PortfolioReport report, string? unit)
    {
        var krs = report.Progress.KeyResults.Where(k => unit is null || k.KeyResult.Ref.Scope == unit).ToList();
        md.AppendLine(CultureInfo.InvariantCulture, $"## Progress and forecasts (as of {report.AsOf:yyyy-MM-dd})").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{string.Join(", ", krs.GroupBy(k => k.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {ProgressText.Label(g.Key)}"))}. Each forecast projects the end-of-cycle value with an 80% band; statuses name the rule that set them (PR001-PR006).").AppendLine();
        md.AppendLine("| key result | status | progress | expected | forecast end | chance to hit | why, and what it would take |").AppendLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var kr in krs.OrderBy(k => ProgressText.Urgency(k.Status)).ThenBy(k => k.KeyResult.Ref.ToString(), StringComparer.Ordinal).Take(MaxRows))
        {
            var forecast = kr.Forecast is { } f ? $"{ValueFormat.Number(f.ProjectedEnd)} ({ValueFormat.Number(f.Low)} to {ValueFormat.Number(f.High)})" : "—";
            var chance = kr.Forecast is { } p ? p.Probability.ToString("0%", CultureInfo.InvariantCulture) : "—";
            var why = $"{kr.StatusRule}: {kr.StatusReason}" + (kr.Recovery is { } r ? $" Recovery: {r.Advice}" : string.Empty);
            md.AppendLine(CultureInfo.InvariantCulture, $"| {kr.KeyResult.Ref} {Cell(Svg.Clip(kr.KeyResult.Text, 80))} | {ProgressText.Label(kr.Status)} | {(kr.Progress is { } pr ? pr.ToString("0%", CultureInfo.InvariantCulture) : "—")} | {kr.Expected.ToString("0%", CultureInfo.InvariantCulture)} | {forecast} | {chance} | {Cell(why)} |");
        }

        More(md, krs.Count, "key results", "throughline progress");
        var honesty = report.FindingsFor(unit).Where(f => f.Area == "progress" && string.CompareOrdinal(f.RuleId, "PR010") >= 0).ToList();
        if (honesty.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### Honesty flags ({honesty.Count})").AppendLine();
            foreach (var f in honesty)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- **{f.RuleId}** {f.Target}: {Inline(f.Message)} Fix: {Inline(f.Fix)}");
            }

            md.AppendLine();
        }
    }

    private static void Findings(StringBuilder md, IReadOnlyList<PortfolioFinding> findings)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## Every finding ({findings.Count})").AppendLine();
        md.AppendLine("| rule | severity | area | target | finding | evidence | fix |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var f in findings)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {f.RuleId} | {f.Severity.ToString().ToLowerInvariant()} | {f.Area} | {Cell(f.Target)} | {Cell(f.Message)} | {Cell(f.Evidence)} | {Cell(f.Fix)} |");
        }

        md.AppendLine();
    }

    private static void More(StringBuilder md, int count, string what, string command)
    {
        if (count > MaxRows)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{count - MaxRows} more {what}: run `{command}` for every one.");
        }

        md.AppendLine();
    }

    /// <summary>Text for a table cell: pipes escaped, line breaks flattened.</summary>
    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Text on one line, with "&lt;" escaped so a placeholder such as "&lt;target&gt;" is not read as an HTML tag.</summary>
    private static string Inline(string text) => OneLine(text).Replace("<", "&lt;", StringComparison.Ordinal);

    /// <summary>Text inside a quoted Mermaid label: quotes and angle brackets as Mermaid entity codes.</summary>
    private static string MermaidText(string text) =>
        OneLine(text).Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal);

    private static string OneLine(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

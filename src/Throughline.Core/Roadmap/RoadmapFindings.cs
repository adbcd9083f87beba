using System.Globalization;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>Turns the audit's parts into findings with rule id, evidence and fix.</summary>
internal static class RoadmapFindings
{
    public static IReadOnlyList<RoadmapFinding> Collect(
        IReadOnlyList<Initiative> initiatives,
        IReadOnlyList<RoadmapLink> links,
        IReadOnlyList<KrCoverage> coverage,
        IReadOnlyList<Initiative> orphans,
        IReadOnlyList<ObjectiveAllocation> allocations,
        IReadOnlyList<CriticalPath> paths,
        IReadOnlyList<MissingWork> missing)
    {
        var findings = new List<RoadmapFinding>();
        var missingByKr = missing.ToDictionary(m => m.KeyResult);
        foreach (var c in coverage)
        {
            var kr = c.KeyResult;
            var gap = c.Gap is { } g ? $"gap {F(g)} ({c.StartBasis} {F(c.Start!.Value)} to target {F(kr.EffectiveTarget!.Value)})" : "no gap stated";
            switch (c.Status)
            {
                case CoverageStatus.Unbacked:
                    findings.Add(new("RM001", Severity.Warning, kr.Ref.ToString(),
                        $"No initiative moves {kr.Ref}, and no objective that supports it has work behind it: an aspirational number.",
                        $"\"{kr.Text}\": {gap}; 0 initiatives; 0 supporting objectives with initiatives.",
                        $"Add an initiative that moves it{MissingText(missingByKr.GetValueOrDefault(kr.Ref))}, or drop the KR.",
                        kr.Origin));
                    break;
                case CoverageStatus.UnderBacked:
                    findings.Add(new("RM002", c.GapShare < RoadmapRules.MaterialShortfall ? Severity.Warning : Severity.Info, kr.Ref.ToString(),
                        $"{kr.Ref} is under-backed: its initiatives are expected to close {P(c.GapShare ?? 0)} of the gap, {F(c.Shortfall ?? 0)} short.",
                        $"{gap}; expected {string.Join(", ", c.Links.Select(l => $"{l.Initiative} {(l.Expected is { } e ? F(e, true) : "not estimated")}"))} = {F(c.Expected, true)} in the KR's direction; {F(c.Effort)} ew behind it.",
                        $"Add work worth about {F(c.Shortfall ?? 0)}{MissingText(missingByKr.GetValueOrDefault(kr.Ref))}, or lower the target to what the plan supports (about {F(c.Start!.Value + (c.Expected * (c.Direction == MetricDirection.Decrease ? -1 : 1)))}).",
                        kr.Origin));
                    break;
                case CoverageStatus.Unquantified:
                    findings.Add(new("RM007", Severity.Info, kr.Ref.ToString(),
                        $"{c.Links.Count} initiative(s) move {kr.Ref} but none says by how much, so coverage of the gap cannot be judged.",
                        $"{gap}; {string.Join(", ", c.Links.Select(l => l.Initiative))} without `expected`.",
                        "Add `expected` to each `moves` entry, in the KR's unit.",
                        kr.Origin));
                    break;
            }
        }

        var suggestions = links.Where(l => l.Inferred).ToLookup(l => l.Initiative, StringComparer.Ordinal);
        foreach (var orphan in orphans)
        {
            findings.Add(new("RM003", Severity.Warning, orphan.Id,
                $"{orphan.Id} \"{orphan.Title}\" moves no key result: activity without strategy.",
                $"no `moves`, no KR reference, no KR it plausibly moves (no suggestion scored {F(LinkSuggester.Threshold)} or more); {(orphan.Effort is { } e ? $"{F(e)} ew" : "effort not stated")}.",
                "Link it to the KR it should move, with expected impact, or cut it: it is a first candidate when effort must go.",
                orphan.Origin));
        }

        foreach (var group in suggestions)
        {
            var initiative = initiatives.First(i => i.Id == group.Key);
            var best = group.First();
            findings.Add(new("RM006", Severity.Info, initiative.Id,
                $"{initiative.Id} \"{initiative.Title}\" states no KR link; it plausibly moves {best.KeyResult} (suggestion, score {F(best.Score)}).",
                string.Join(" | ", group.Select(s => $"{s.KeyResult} {F(s.Score)}: {s.Reason}")),
                $"Confirm the link and add `moves: - kr: {best.KeyResult}` with the expected impact, or record that it is not OKR work.",
                initiative.Origin));
        }

        foreach (var unit in allocations.GroupBy(a => a.Unit))
        {
            foreach (var over in unit.Where(a => a.Mismatch >= RoadmapRules.MismatchThreshold))
            {
                var starved = unit.Where(a => a.Priority > over.Priority && over.Effort >= RoadmapRules.MismatchRatio * a.Effort).OrderByDescending(a => a.Priority).FirstOrDefault();
                if (starved is null)
                {
                    continue;
                }

                findings.Add(new("RM004", Severity.Warning, over.Objective.Ref.ToString(),
                    $"{over.Objective.Ref} gets {P(over.EffortShare)} of {unit.Key}'s linked effort for {P(over.ImportanceShare)} of its priority, while the higher-priority {starved.Objective.Ref} gets {P(starved.EffortShare)}.",
                    $"{over.Objective.Ref} \"{over.Objective.Title}\" (order {over.Objective.Order}, priority {F(over.Priority)}): {F(over.Effort)} ew; {starved.Objective.Ref} \"{starved.Objective.Title}\" (order {starved.Objective.Order}, priority {F(starved.Priority)}): {F(starved.Effort)} ew.",
                    $"Move effort toward {starved.Objective.Ref}, or, if {over.Objective.Ref} really is the top bet, reorder the objectives or give it an explicit `weight`.",
                    over.Objective.Origin));
            }
        }

        foreach (var path in paths)
        {
            var tight = path.MinSlackDays is { } slack && slack < RoadmapRules.SlackWarningDays;
            findings.Add(new("RM005", tight ? Severity.Warning : Severity.Info, path.Initiative.Id,
                $"{path.Initiative.Id} \"{path.Initiative.Title}\" is on the critical path of {path.Dependants.Count} initiative(s) and {path.KeyResults.Count} KR(s){(tight ? $": {path.MinSlackDays} days of slack" : string.Empty)}.",
                $"{path.Initiative.Id} expected {D(path.Initiative.ExpectedCompletion)} ({Status(path.Initiative)}); waiting: {string.Join(", ", path.Dependants.Select(d => $"{d.Initiative.Id} (expected {D(d.Initiative.ExpectedCompletion)}, slack {(d.SlackDays is { } s ? $"{s} days" : "unknown")})"))}; KRs: {string.Join(", ", path.KeyResults)}.",
                tight
                    ? $"Protect {path.Initiative.Id}: staff it first, track its date weekly, and tell the owners of the dependants when it slips; never cut it while they stay."
                    : $"Track {path.Initiative.Id}'s date: a slip moves the dependants and their KRs with it.",
                path.Initiative.Origin));
        }

        return [.. findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Target, StringComparer.Ordinal)];
    }

    private static string MissingText(MissingWork? missing)
    {
        if (missing is null)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        if (missing.Drivers.Count > 0)
        {
            parts.Add($"e.g. one that moves {string.Join(" or ", missing.Drivers)} (drivers of {missing.Metric})");
        }

        if (missing.Owners.Count > 0)
        {
            parts.Add($"natural owner: {string.Join(", ", missing.Owners)} (lists the metric)");
        }

        return parts.Count == 0 ? string.Empty : " — " + string.Join("; ", parts);
    }

    private static string Status(Initiative i) => i.Status.ToString().ToLowerInvariant();

    private static string D(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date";

    private static string P(double share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string F(double value, bool signed = false)
    {
        var text = Math.Round(value, 2).ToString("#,0.##", CultureInfo.InvariantCulture);
        return signed && value > 0 ? "+" + text : text;
    }
}

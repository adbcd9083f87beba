namespace Throughline.Core.Progress;

/// <summary>What a progress picture says about OKR quality to fix next cycle, each lesson with the KRs behind it.</summary>
internal static class Lessons
{
    public static IReadOnlyList<string> From(ProgressReport report)
    {
        var lessons = new List<string>();
        var behind = report.KeyResults.Where(k => k.Status is ProgressStatus.OffTrack or ProgressStatus.AtRisk).ToList();
        Add(lessons, behind.Where(k => k.Baseline is null && k.Kind is ProgressKind.Increase or ProgressKind.Decrease), "Behind and set without a baseline", "measure the starting value before committing to a number");
        Add(lessons, behind.Where(k => k.Recovery is { BestHistoricalRate: > 0 } r && r.RequiredRate > 2 * r.BestHistoricalRate.Value),
            "Need more than twice the best run in the metric's history", "calibrate targets against history (check KR009)");
        Add(lessons, report.KeyResults.Where(k => k.Findings.Any(f => f.RuleId == "PR012")), "Hit or on track with targets below their metric's own trend", "set targets above the trend");
        Add(lessons, report.KeyResults.Where(k => k.Findings.Any(f => f.RuleId is "PR013" or "PR014")),
            "Moved for reasons outside the plan (events, unshipped work)", "link each KR to the work meant to move it and log events");
        Add(lessons, report.KeyResults.Where(k => k.Findings.Any(f => f.RuleId == "PR015")), "Metric redefined mid-cycle", "freeze definitions for the cycle or re-baseline by decision");
        Add(lessons, report.KeyResults.Where(k => k.Findings.Any(f => f.RuleId == "PR011")), "Confidence the numbers contradict", "tie confidence to the forecast in check-ins");
        Add(lessons, report.KeyResults.Where(k => k.Findings.Any(f => f.RuleId == "PR010")), "Unreported beyond the check-in cadence", "make the weekly check-in part of the team ritual");
        return lessons;
    }

    private static void Add(List<string> lessons, IEnumerable<KrProgress> krs, string what, string fix)
    {
        var refs = krs.Select(k => k.KeyResult.Ref.ToString()).ToList();
        if (refs.Count > 0)
        {
            lessons.Add($"{what} ({refs.Count} KR{(refs.Count == 1 ? "" : "s")}: {string.Join(", ", refs)}): {fix}.");
        }
    }
}

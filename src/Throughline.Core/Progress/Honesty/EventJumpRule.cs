using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Progress.Honesty;

/// <summary>
/// PR014: one week's jump carries at least half of the KR's movement and a dated event on the KR's metric (market,
/// campaign, pricing, seasonality, incident...) falls in that week, while none of the KR's own initiatives shipped then.
/// Metric-definition changes are PR015.
/// </summary>
internal static class EventJumpRule
{
    public static Finding? Check(KrEvidence e, ProgressStatus status, double? progress, Forecast? forecast)
    {
        if (progress is not >= 0.5 || e.Baseline is not { } baseline || e.Values.Count == 0 || e.Kind is not (ProgressKind.Increase or ProgressKind.Decrease))
        {
            return null;
        }

        var points = new List<WeeklyValue> { new(e.Cycle.Start, baseline) };
        points.AddRange(e.Values);
        var total = e.Toward(points[^1].Value - baseline);
        var step = Enumerable.Range(1, points.Count - 1).Select(i => (From: points[i - 1], To: points[i], Move: e.Toward(points[i].Value - points[i - 1].Value)))
            .MaxBy(s => s.Move);
        if (total <= 0 || step.Move < 0.5 * total)
        {
            return null;
        }

        var from = step.From.Date.AddDays(-3);
        var own = e.Initiatives.Where(i => i.ShippedOn is { } s && s >= step.From.Date.AddDays(-7) && s <= step.To.Date).ToList();
        var events = e.Workspace.Events.Where(v => v.Kind != EventKind.MetricChange && v.Date >= from && v.Date <= step.To.Date && Touches(v, e)).ToList();
        if (events.Count == 0 || own.Count > 0)
        {
            return null;
        }

        var named = string.Join("; ", events.Select(v => $"{v.Id} {v.Date:yyyy-MM-dd} {v.Kind.ToString().ToLowerInvariant()}: {v.Title}"));
        return new Finding("PR014", Severity.Warning, e.KeyResult.Ref,
            $"A dated event explains the jump: {Fmt.N(step.From.Value)} ({Fmt.D(step.From.Date)}) to {Fmt.N(step.To.Value)} ({Fmt.D(step.To.Date)}) is {Fmt.Pct(step.Move / total)} of the movement since the baseline, the same week as {named}.",
            $"baseline {Fmt.N(baseline)}, now {Fmt.N(points[^1].Value)}, target {Fmt.N(e.Target ?? 0)}; the KR's initiatives shipped that week: none",
            "Report the KR as moved by the event (a tailwind or a one-off), not by the team's work; judge the plan on the movement without the jump.",
            e.KeyResult.Origin);
    }

    private static bool Touches(WorkspaceEvent v, KrEvidence e) =>
        v.Metrics.Any(m => string.Equals(m, e.MetricId, StringComparison.OrdinalIgnoreCase) || string.Equals(m, e.KeyResult.Metric, StringComparison.OrdinalIgnoreCase));
}

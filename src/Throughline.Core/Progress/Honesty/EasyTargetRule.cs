using Throughline.Core.Diagnostics;
using Throughline.Core.Quality.Calibration;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Progress.Honesty;

/// <summary>
/// PR012: hit or on track because the target was easy: the change asked for was at or below the metric's own mean
/// quarterly change before the cycle. A KR whose target was beyond its trend and still hits is genuine improvement
/// and is not flagged.
/// </summary>
internal static class EasyTargetRule
{
    public static Finding? Check(KrEvidence e, ProgressStatus status, double? progress, Forecast? forecast)
    {
        if (status is not (ProgressStatus.Achieved or ProgressStatus.OnTrack) || e.Baseline is not { } baseline || e.Target is not { } target ||
            e.Kind is not (ProgressKind.Increase or ProgressKind.Decrease) || MetricTrend.From(e.History) is not { Quarters.Count: >= 2 } trend)
        {
            return null;
        }

        var ask = e.Toward(target - baseline);
        var usual = e.Toward(trend.Mean);
        if (ask > usual)
        {
            return null;
        }

        var moved = e.Current is { } c ? e.Toward(c - baseline) : 0;
        return new Finding("PR012", Severity.Warning, e.KeyResult.Ref,
            $"Easy target, not improvement: {status switch { ProgressStatus.Achieved => "hit", _ => "on track" }} with a target of {Fmt.Signed(target - baseline)} while {e.MetricId} moves {Fmt.Signed(trend.Mean)} a quarter on its own trend (best quarter {Fmt.Signed(trend.Best(e.GoodDirection))}).",
            $"quarterly changes before the cycle: {string.Join(", ", trend.Quarters.Select(q => Fmt.Signed(q.Change)))}; moved {Fmt.Signed(e.Toward(moved))} so far",
            $"Do not count this as evidence the plan worked. Next cycle set the target above the trend (at least {Fmt.N(baseline + trend.Mean)}, toward {Fmt.N(baseline + trend.Best(e.GoodDirection))}).",
            e.KeyResult.Origin);
    }
}

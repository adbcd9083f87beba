using System.Globalization;
using Throughline.Core.Model;
using Throughline.Core.Quality.Calibration;

namespace Throughline.Core.Drafting;

/// <summary>
/// Calibrates a drafted key result from its metric's history before the cycle: the baseline is the last value, the
/// target the baseline plus the 75th percentile of the quarterly changes in the good direction (ambitious but seen
/// before), raised to the next percentile when that would not beat the trend (KR009 calls that sandbagged). A
/// quarter-to-date metric (one that restarts from near zero every quarter, like bookings) starts at 0 and aims at the
/// 75th percentile of its past quarter totals.
/// </summary>
internal static class TargetCalibrator
{
    private static readonly int[] Percentiles = [75, 90, 100];

    /// <summary>The calibration, or null when the history has fewer than two quarters to learn from.</summary>
    public static TargetCalibration? Calibrate(IReadOnlyList<MetricObservation> history, MetricDirection direction, MeasureUnit unit, string? currency, Cycle? cycle)
    {
        if (history.Count == 0)
        {
            return null;
        }

        var quarters = cycle is null ? 1 : Math.Max(1, cycle.Days / 91.0);
        if (QuarterTotals(history) is { Count: >= 2 } totals)
        {
            var total = Percentile(totals, 75);
            var target = Round(total * quarters, unit, 0);
            return new TargetCalibration(0, target, $"quarter-to-date metric (it restarts every quarter): baseline 0, target is p75 of {totals.Count} past quarter totals ({Format(total, unit, currency)})");
        }

        var trend = MetricTrend.From(history);
        if (trend is null || trend.Quarters.Count < 2)
        {
            return null;
        }

        var sign = direction == MetricDirection.Decrease ? -1 : 1;
        var baseline = trend.Last.Value;
        var gains = trend.Quarters.Select(q => sign * q.Change).Order().ToList();
        var mean = sign * trend.Mean;
        var lastDay = trend.Last.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var p in Percentiles)
        {
            var gain = Percentile(gains, p);
            if (gain <= 0)
            {
                continue;
            }

            var target = Round(baseline + (sign * gain * quarters), unit, baseline);
            var required = sign * (target - baseline);
            if (required > mean + 1e-9 && required <= 2 * gains[^1] * quarters)
            {
                var name = p == 100 ? "the best" : $"p{p}";
                return new TargetCalibration(baseline, target, $"baseline is the last value before the cycle ({lastDay}); target is {name} of {gains.Count} quarterly changes ({ValueFormat.Change(sign * gain, unit, currency)}; trend {ValueFormat.Change(trend.Mean, unit, currency)})");
            }
        }

        return new TargetCalibration(baseline, baseline, $"baseline is the last value before the cycle ({lastDay}); no quarter of the last {gains.Count} moved it the right way (trend {ValueFormat.Change(trend.Mean, unit, currency)}), so the KR holds the line", Maintain: true);
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, int percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>The totals of past quarters when the metric restarts every quarter (drops below a fifth of its last value at least twice), sorted; else null.</summary>
    private static List<double>? QuarterTotals(IReadOnlyList<MetricObservation> history)
    {
        var totals = new List<double>();
        for (var i = 1; i < history.Count; i++)
        {
            if (history[i - 1].Value > 0 && history[i].Value >= 0 && history[i].Value < history[i - 1].Value / 5)
            {
                totals.Add(history[i - 1].Value);
            }
        }

        return totals.Count >= 2 ? [.. totals.Order()] : null;
    }

    /// <summary>Rounds a target to as many decimals as its baseline has (at least one); a percentage stays within 0-100.</summary>
    private static double Round(double value, MeasureUnit unit, double baseline)
    {
        if (unit == MeasureUnit.Percent || Math.Abs(value) < 100)
        {
            var decimals = Enumerable.Range(1, 3).FirstOrDefault(d => Math.Abs(baseline - Math.Round(baseline, d)) < 1e-9, 3);
            var rounded = Math.Round(value, decimals);
            return unit == MeasureUnit.Percent ? Math.Clamp(rounded, 0, 100) : rounded;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) - 2);
        return Math.Round(value / magnitude) * magnitude;
    }

    private static string Format(double value, MeasureUnit unit, string? currency) => ValueFormat.Format(value, unit, currency);
}

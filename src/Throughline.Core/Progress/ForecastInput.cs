using Throughline.Core.Model;

namespace Throughline.Core.Progress;

/// <summary>What <see cref="Forecaster"/> needs to project a key result to the end of its cycle.</summary>
/// <param name="Direction">Increase (success at or above the target) or decrease (at or below); maintain KRs pass their bound's direction.</param>
/// <param name="Baseline">The value at the start of the cycle, when known; it anchors the pace since the start.</param>
/// <param name="Target">The value that counts as success.</param>
/// <param name="CheckIns">The values so far, one per elapsed week, oldest first (<c>CheckIns[i]</c> is week i+1).</param>
/// <param name="WeeksRemaining">Weeks left until the end of the cycle.</param>
/// <param name="History">Weekly values of the metric before the cycle, oldest first; empty when unknown or not comparable.</param>
/// <param name="FollowTrend">False for guardrails (maintain KRs): project the recent level, not a trend.</param>
public sealed record ForecastInput(
    MetricDirection Direction,
    double? Baseline,
    double Target,
    IReadOnlyList<double> CheckIns,
    int WeeksRemaining,
    IReadOnlyList<double> History,
    bool FollowTrend = true);

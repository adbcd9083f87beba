using Throughline.Core.Model;

namespace Throughline.Core.Quality.Rewrites;

/// <summary>
/// A proposed outcome version of a key result that keeps its intent, e.g. "Launch new dashboard" becomes
/// "Increase weekly active users of the dashboard from 1,240 to 1,600 by 2027-01-03".
/// </summary>
/// <param name="Text">The rewritten key result; placeholders in angle brackets where a value is unknown.</param>
/// <param name="Metric">The metric the rewrite measures.</param>
/// <param name="Direction">Which way the metric should move.</param>
/// <param name="Baseline">The baseline, from the KR or the metric's history; null when unknown.</param>
/// <param name="Target">The target, from the KR or calibrated against the metric's history; null when unknown.</param>
/// <param name="Deadline">The deadline: the KR's own, else the cycle's end.</param>
/// <param name="BaselineNeeded">When the baseline is unknown: "baseline needed: how to measure it".</param>
/// <param name="Basis">Where the metric, baseline and target came from.</param>
public sealed record KeyResultRewrite(
    string Text,
    string Metric,
    MetricDirection Direction,
    double? Baseline,
    double? Target,
    DateOnly? Deadline,
    string? BaselineNeeded,
    string Basis);

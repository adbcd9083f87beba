namespace Throughline.Core.Drafting;

/// <summary>A baseline and target read from a metric's history, with the words that explain them.</summary>
/// <param name="Baseline">The last value before the cycle (0 for a quarter-to-date metric).</param>
/// <param name="Target">The calibrated target.</param>
/// <param name="Basis">Where both come from, with the percentile, e.g. "target is p75 of 8 quarterly changes (+1.2 pts)".</param>
/// <param name="Maintain">True when history shows no quarter that moved the right way: the KR holds the line instead.</param>
public sealed record TargetCalibration(double Baseline, double Target, string Basis, bool Maintain = false);

namespace Throughline.Core.Progress;

/// <summary>A dated value of a key result's metric: a check-in or a metric-history row.</summary>
/// <param name="Date">The date of the value.</param>
/// <param name="Value">The value, in the KR's unit.</param>
public readonly record struct WeeklyValue(DateOnly Date, double Value);

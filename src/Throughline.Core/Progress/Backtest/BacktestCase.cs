using Throughline.Core.Model;

namespace Throughline.Core.Progress.Backtest;

/// <summary>
/// One key result to replay: a 13-week cycle from <see cref="QuarterStart"/>, the metric's weekly history before it,
/// the weekly check-ins so far and, when known, whether the target was hit at week 13.
/// </summary>
public sealed record BacktestCase
{
    /// <summary>Case id.</summary>
    public required string Id { get; init; }

    /// <summary>Metric name (informative).</summary>
    public string? Metric { get; init; }

    /// <summary>Unit of the values (informative).</summary>
    public string? Unit { get; init; }

    /// <summary>Increase or decrease.</summary>
    public required MetricDirection Direction { get; init; }

    /// <summary>First day of the 13-week cycle.</summary>
    public required DateOnly QuarterStart { get; init; }

    /// <summary>Value at the start of the cycle.</summary>
    public double? Baseline { get; init; }

    /// <summary>Target at week 13.</summary>
    public required double Target { get; init; }

    /// <summary>Weekly values before the cycle, oldest first.</summary>
    public IReadOnlyList<WeeklyValue> History { get; init; } = [];

    /// <summary>Weekly check-ins so far, oldest first.</summary>
    public IReadOnlyList<WeeklyValue> CheckIns { get; init; } = [];

    /// <summary>Whether the target was reached at week 13, when known.</summary>
    public bool? Hit { get; init; }
}

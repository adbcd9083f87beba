using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Progress;

/// <summary>One key result's progress at a date: the numbers, the forecast, the status with its rule, recovery math and honesty findings.</summary>
public sealed record KrProgress
{
    /// <summary>The key result.</summary>
    public required KeyResult KeyResult { get; init; }

    /// <summary>How progress is measured.</summary>
    public required ProgressKind Kind { get; init; }

    /// <summary>The baseline used (the KR's).</summary>
    public double? Baseline { get; init; }

    /// <summary>The target used (the KR's target or relative change).</summary>
    public double? Target { get; init; }

    /// <summary>The latest check-in value on or before the as-of date.</summary>
    public double? Current { get; init; }

    /// <summary>The date of <see cref="Current"/>.</summary>
    public DateOnly? CurrentDate { get; init; }

    /// <summary>Normalised progress (0 baseline, 1 target); null when not measurable.</summary>
    public double? Progress { get; init; }

    /// <summary>Share of the cycle elapsed at the as-of date: the progress expected of a KR moving at an even pace.</summary>
    public required double Expected { get; init; }

    /// <summary>Whole weeks elapsed at the as-of date.</summary>
    public required int WeeksElapsed { get; init; }

    /// <summary>Whole weeks left in the cycle.</summary>
    public required int WeeksRemaining { get; init; }

    /// <summary>The check-in values used, one per week, oldest first.</summary>
    public IReadOnlyList<WeeklyValue> Values { get; init; } = [];

    /// <summary>The confidence of each check-in up to the as-of date, oldest first (null where not reported).</summary>
    public IReadOnlyList<Confidence?> Confidences { get; init; } = [];

    /// <summary>The catalogue metric the KR was matched to, when any.</summary>
    public string? MetricId { get; init; }

    /// <summary>The end-of-cycle forecast; null when there is nothing to project from.</summary>
    public Forecast? Forecast { get; init; }

    /// <summary>The status.</summary>
    public required ProgressStatus Status { get; init; }

    /// <summary>The rule that set the status (PR001-PR006).</summary>
    public required string StatusRule { get; init; }

    /// <summary>Why, with the numbers.</summary>
    public required string StatusReason { get; init; }

    /// <summary>Recovery math for a KR behind its target; null otherwise.</summary>
    public Recovery? Recovery { get; init; }

    /// <summary>Honesty findings: stale, confidence against evidence, easy target, wrong-reason movement, definition change.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Gap between expected and actual progress (positive: behind an even pace); null when progress is unknown.</summary>
    public double? Gap => Progress is { } p && Kind is ProgressKind.Increase or ProgressKind.Decrease ? Expected - p : null;
}

namespace Throughline.Core.Model;

/// <summary>
/// A key result. <see cref="Text"/> is kept exactly as written; the structured fields come from the workspace file
/// or, where the file leaves them out, from the text itself.
/// </summary>
public sealed record KeyResult
{
    /// <summary>Full reference, e.g. <c>growth/O1-KR2</c>.</summary>
    public required OkrRef Ref { get; init; }

    /// <summary>The key result as written, verbatim.</summary>
    public required string Text { get; init; }

    /// <summary>Metric name, e.g. <c>weekly active users of advanced features</c>; null when the KR names none.</summary>
    public string? Metric { get; init; }

    /// <summary>Unit of the baseline and target values.</summary>
    public MeasureUnit MeasureUnit { get; init; }

    /// <summary>ISO currency code when <see cref="MeasureUnit"/> is <see cref="MeasureUnit.Currency"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>Which way the metric must move; null when neither stated nor readable.</summary>
    public MetricDirection? Direction { get; init; }

    /// <summary>For maintain KRs: whether the target is a floor or a ceiling.</summary>
    public TargetBound? Bound { get; init; }

    /// <summary>Value at the start of the cycle.</summary>
    public double? Baseline { get; init; }

    /// <summary>Value that counts as success (grade 0.7 or 1.0 depending on the workspace's convention).</summary>
    public double? Target { get; init; }

    /// <summary>A relative target ("by 20%") when no absolute target is given.</summary>
    public TargetChange? Change { get; init; }

    /// <summary>Optional stretch value beyond the target.</summary>
    public double? Stretch { get; init; }

    /// <summary>Deadline; null when the KR is bounded only by its cycle.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>How the KR is measured.</summary>
    public Measurement Measurement { get; init; } = new();

    /// <summary>Leading or lagging, when known.</summary>
    public IndicatorKind? Indicator { get; init; }

    /// <summary>True for a RAT-style key result: a test of an assumption with a pass/fail threshold.</summary>
    public bool IsRat { get; init; }

    /// <summary>The RAT pass/fail threshold as written, e.g. <c>70% of 100 users find it valuable</c>.</summary>
    public string? PassThreshold { get; init; }

    /// <summary>Person accountable for the KR.</summary>
    public string? Owner { get; init; }

    /// <summary>Units (besides the owner) that contribute to the KR.</summary>
    public IReadOnlyList<string> Contributors { get; init; } = [];

    /// <summary>Relative importance inside its objective; null means equal weight.</summary>
    public double? Weight { get; init; }

    /// <summary>Where the KR was written.</summary>
    public SourceRef? Origin { get; init; }

    /// <summary>The target, or the relative change applied to the baseline when only that is known.</summary>
    public double? EffectiveTarget =>
        Target ?? (Change is not null && Baseline is { } b && Direction is { } d ? Change.ApplyTo(b, d) : null);

    /// <summary>The stated direction, else the way baseline to target goes; null when neither says.</summary>
    public MetricDirection? DirectionOrByValues =>
        Direction ?? ByValues(Baseline, EffectiveTarget);

    /// <summary>Up when <paramref name="target"/> is above <paramref name="baseline"/>, down when below, null when either is missing or they are equal.</summary>
    public static MetricDirection? ByValues(double? baseline, double? target) =>
        baseline is { } b && target is { } t && b != t ? (t > b ? MetricDirection.Increase : MetricDirection.Decrease) : null;
}

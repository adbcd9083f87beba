using Throughline.Core.Model;

namespace Throughline.Core.Progress;

/// <summary>Normalised progress of a key result: 0 at the baseline, 1 at the target, beyond 1 past it.</summary>
public static class ProgressMath
{
    /// <summary>How the key result is measured, from its direction, bound, target and RAT flag.</summary>
    public static ProgressKind KindOf(KeyResult keyResult)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        if (keyResult.IsRat)
        {
            return ProgressKind.Binary;
        }

        if (keyResult.EffectiveTarget is not { } target)
        {
            return ProgressKind.Unmeasurable;
        }

        return keyResult.Direction switch
        {
            MetricDirection.Increase => ProgressKind.Increase,
            MetricDirection.Decrease => ProgressKind.Decrease,
            MetricDirection.Maintain => keyResult.Bound == TargetBound.AtMost ? ProgressKind.MaintainAtMost : ProgressKind.MaintainAtLeast,
            _ when keyResult.Baseline is { } b && b != target => b < target ? ProgressKind.Increase : ProgressKind.Decrease,
            _ => ProgressKind.Unmeasurable,
        };
    }

    /// <summary>The direction success lies in for a kind: decrease for decreasing and at-most KRs, else increase.</summary>
    public static MetricDirection GoodDirection(ProgressKind kind) =>
        kind is ProgressKind.Decrease or ProgressKind.MaintainAtMost ? MetricDirection.Decrease : MetricDirection.Increase;

    /// <summary>True when <paramref name="value"/> is on the successful side of <paramref name="target"/> (or on it).</summary>
    public static bool Reached(ProgressKind kind, double target, double value) =>
        GoodDirection(kind) == MetricDirection.Decrease ? value <= target : value >= target;

    /// <summary>
    /// Normalised progress of <paramref name="value"/>: (value - baseline) / (target - baseline) for increase and
    /// decrease KRs (negative when the metric moved the wrong way, above 1 past the target); 1 or 0 for maintain KRs
    /// (on the right side of the bound or not) and for binary KRs (1 passed, 0 failed); for a baseline equal to the
    /// target, 1 when the target is held and 0 otherwise. Null when it cannot be measured (no baseline for a moving KR).
    /// </summary>
    public static double? Normalised(ProgressKind kind, double? baseline, double? target, double value)
    {
        switch (kind)
        {
            case ProgressKind.Binary:
                return value >= 1 ? 1 : 0;
            case ProgressKind.MaintainAtLeast or ProgressKind.MaintainAtMost when target is { } bound:
                return Reached(kind, bound, value) ? 1 : 0;
            case ProgressKind.Increase or ProgressKind.Decrease when target is { } t && baseline is { } b:
                return t == b ? (Reached(kind, t, value) ? 1 : 0) : (value - b) / (t - b);
            default:
                return null;
        }
    }

    /// <summary>
    /// The end-of-cycle grade 0.0-1.0: normalised progress clamped to 0..1 for moving and binary KRs; for maintain
    /// KRs the share of check-ins that held the bound. Null when not measurable.
    /// </summary>
    public static double? Grade(ProgressKind kind, double? baseline, double? target, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        if (kind is ProgressKind.MaintainAtLeast or ProgressKind.MaintainAtMost && target is { } bound)
        {
            return Math.Round(values.Count(v => Reached(kind, bound, v)) / (double)values.Count, 2);
        }

        return Normalised(kind, baseline, target, values[^1]) is { } progress ? Math.Round(Math.Clamp(progress, 0, 1), 2) : null;
    }
}

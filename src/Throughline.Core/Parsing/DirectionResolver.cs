using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>
/// Decides which way a key result's metric must move. Baseline and target win over the verb ("improve p95 latency
/// from 800ms to 300ms" is a decrease); then a maintain verb, an explicit increase or decrease verb, a signed change,
/// a comparator, and last whether less of the metric is better.
/// </summary>
internal static class DirectionResolver
{
    /// <param name="verb">The lead verb, if any.</param>
    /// <param name="values">Baseline, target, change and bound as read.</param>
    /// <param name="metric">The measured phrase.</param>
    /// <param name="targetIsShareOf">
    /// The target is written as most of a population ("refunds settled in-app for 60% of eligible issues"): with no
    /// verb, baseline or comparator it is a share to reach, whatever less of the metric's words would mean.
    /// </param>
    public static (MetricDirection? Direction, TargetBound? Bound, string? Note) Resolve(
        VerbMatch? verb, ValueReading values, string? metric, bool targetIsShareOf = false)
    {
        var lowerIsBetter = MetricLexicon.LowerIsBetter(metric);
        var stated = verb?.Kind switch
        {
            VerbKind.Increase => MetricDirection.Increase,
            VerbKind.Decrease => MetricDirection.Decrease,
            VerbKind.Maintain => MetricDirection.Maintain,
            _ => (MetricDirection?)null,
        };

        if (values.Baseline is { } baseline && values.Target is { } target)
        {
            var byNumbers = target > baseline ? MetricDirection.Increase
                : target < baseline ? MetricDirection.Decrease
                : MetricDirection.Maintain;
            var note = stated is { } s && s != byNumbers
                ? $"the verb says {Word(s)} but the numbers say {Word(byNumbers)}; read the numbers"
                : null;
            return byNumbers == MetricDirection.Maintain
                ? (byNumbers, values.Bound ?? Floor(lowerIsBetter), note)
                : (byNumbers, null, note);
        }

        if (stated == MetricDirection.Maintain)
        {
            return values.HasValues ? (MetricDirection.Maintain, values.Bound ?? Floor(lowerIsBetter), null) : (MetricDirection.Maintain, null, null);
        }

        if (stated is { } direction)
        {
            return (direction, null, null);
        }

        if (values.ChangeDirection is { } changeDirection)
        {
            return (changeDirection, null, null);
        }

        if (values.Bound is { } bound)
        {
            return (bound == TargetBound.AtMost ? MetricDirection.Decrease : MetricDirection.Increase, null, null);
        }

        if (!values.HasTarget)
        {
            return verb?.Kind == VerbKind.Improve
                ? (lowerIsBetter == true ? MetricDirection.Decrease : MetricDirection.Increase, null, null)
                : (null, null, null);
        }

        if (values.Target == 0)
        {
            return (MetricDirection.Decrease, null, null);
        }

        return verb?.Kind switch
        {
            VerbKind.Achieve when targetIsShareOf => (MetricDirection.Increase, null, null),
            VerbKind.Improve or VerbKind.Achieve => (lowerIsBetter == true ? MetricDirection.Decrease : MetricDirection.Increase, null, null),
            VerbKind.Action => (MetricDirection.Increase, null, null),
            _ when targetIsShareOf => (MetricDirection.Increase, null, null),
            _ => (lowerIsBetter == true ? MetricDirection.Decrease : null, null, null),
        };
    }

    private static TargetBound Floor(bool? lowerIsBetter) => lowerIsBetter == true ? TargetBound.AtMost : TargetBound.AtLeast;

    private static string Word(MetricDirection direction) => direction switch
    {
        MetricDirection.Increase => "increase",
        MetricDirection.Decrease => "decrease",
        _ => "maintain",
    };
}

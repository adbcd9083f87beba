namespace Throughline.Core.Model;

/// <summary>How a relative target is expressed.</summary>
public enum ChangeKind
{
    /// <summary>A relative change in percent of the baseline: "by 20%".</summary>
    Percent,

    /// <summary>An absolute change in the metric's own unit: "by 5 points", "by 2,000 users".</summary>
    Absolute,

    /// <summary>A multiple of the baseline: "by 2x", "double".</summary>
    Multiple,
}

/// <summary>
/// A target stated relative to the baseline ("increase by 20%", "double", "by 5 pp") when the text gives no
/// absolute number. It becomes an absolute target as soon as a baseline is known.
/// </summary>
/// <param name="Amount">The size of the change: 20 for 20%, 2 for 2x, 5 for 5 points. Always positive; the direction says which way.</param>
/// <param name="Kind">How <paramref name="Amount"/> is to be read.</param>
public sealed record TargetChange(double Amount, ChangeKind Kind)
{
    /// <summary>The absolute target this change gives from a baseline, moving in <paramref name="direction"/>.</summary>
    public double ApplyTo(double baseline, MetricDirection direction)
    {
        var sign = direction == MetricDirection.Decrease ? -1 : 1;
        return Kind switch
        {
            ChangeKind.Percent => baseline * (1 + (sign * Amount / 100)),
            ChangeKind.Absolute => baseline + (sign * Amount),
            ChangeKind.Multiple => direction == MetricDirection.Decrease ? baseline / Amount : baseline * Amount,
            _ => throw new ArgumentOutOfRangeException(nameof(direction)),
        };
    }

    /// <summary>Renders the change as people write it: <c>20%</c>, <c>+5</c>, <c>2x</c>.</summary>
    public override string ToString() => Kind switch
    {
        ChangeKind.Percent => $"{Amount:0.##}%",
        ChangeKind.Multiple => $"{Amount:0.##}x",
        _ => $"{Amount:0.##}",
    };
}

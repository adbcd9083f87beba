using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>The values read from a key result's numbers, before the metric phrase decides units and direction.</summary>
internal sealed record ValueReading
{
    public double? Baseline { get; init; }

    public double? Target { get; init; }

    public double? Stretch { get; init; }

    public TargetChange? Change { get; init; }

    /// <summary>Direction a change's sign or words state (<c>-15%</c>, <c>30% fewer</c>, <c>halve</c>).</summary>
    public MetricDirection? ChangeDirection { get; init; }

    /// <summary>Floor or ceiling a comparator states (<c>at least</c>, <c>under</c>).</summary>
    public TargetBound? Bound { get; init; }

    /// <summary>The unit the numbers state; <see cref="MeasureUnit.Unspecified"/> when they are bare.</summary>
    public MeasureUnit Unit { get; init; }

    /// <summary>True when the stated unit came from points (<c>5 pts</c>) with no unit of their own.</summary>
    public bool InPoints { get; init; }

    public string? Currency { get; init; }

    /// <summary>True when the text has a value of any kind, a placeholder included: it names a metric.</summary>
    public bool HasValues { get; init; }

    /// <summary>True when a level (baseline, target or stretch, not only a relative change) was read or left blank.</summary>
    public bool HasLevel { get; init; }

    /// <summary>True when a target or relative change was read or left blank: the text says where to go.</summary>
    public bool HasTarget { get; init; }

    /// <summary>True when at least one actual number (not a placeholder) was read.</summary>
    public bool HasNumber { get; init; }

    /// <summary>Text the values consume; it is left out of the metric phrase.</summary>
    public IReadOnlyList<TextRange> Consumed { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];
}

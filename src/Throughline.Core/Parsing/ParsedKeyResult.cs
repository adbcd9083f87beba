using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>
/// What <see cref="KeyResultTextParser"/> read from a key result's text. Every field is null when the text does not
/// say it; <see cref="Unread"/> names what the parser saw but could not read (placeholders, ambiguous numbers).
/// </summary>
public sealed record ParsedKeyResult
{
    /// <summary>The metric phrase, e.g. <c>weekly active users of advanced features</c>.</summary>
    public string? Metric { get; init; }

    /// <summary>Direction of change the text asks for.</summary>
    public MetricDirection? Direction { get; init; }

    /// <summary>For maintain KRs: floor or ceiling.</summary>
    public TargetBound? Bound { get; init; }

    /// <summary>Starting value ("from 5,000").</summary>
    public double? Baseline { get; init; }

    /// <summary>Absolute target ("to 8,000", "under 200 ms", "reach 4.5 stars").</summary>
    public double? Target { get; init; }

    /// <summary>Relative target ("by 20%", "by 2x", "double") when no absolute target is given.</summary>
    public TargetChange? Change { get; init; }

    /// <summary>Stretch value ("stretch: 10,000").</summary>
    public double? Stretch { get; init; }

    /// <summary>Unit of the numbers.</summary>
    public MeasureUnit Unit { get; init; }

    /// <summary>ISO currency code for money values.</summary>
    public string? Currency { get; init; }

    /// <summary>Resolved deadline.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The deadline phrase as written, e.g. <c>by end of Q2</c>.</summary>
    public string? DeadlineText { get; init; }

    /// <summary>True when the text reads as a RAT-style test of an assumption.</summary>
    public bool IsRat { get; init; }

    /// <summary>The pass/fail threshold of a RAT-style KR.</summary>
    public string? PassThreshold { get; init; }

    /// <summary>Things the parser saw but could not read, in plain words (e.g. <c>placeholder target "$N"</c>).</summary>
    public IReadOnlyList<string> Unread { get; init; } = [];
}

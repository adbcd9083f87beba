using Throughline.Core.Model;

namespace Throughline.Core.Knowledge;

/// <summary>A metric the knowledge base knows: its names, family, good direction, and what it drives.</summary>
public sealed record KnownMetric
{
    /// <summary>Stable id, e.g. <c>net_revenue_retention</c> (or the workspace catalogue id).</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Family.</summary>
    public required MetricFamily Family { get; init; }

    /// <summary>Other names and abbreviations people write (<c>NRR</c>, <c>net dollar retention</c>).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Usual unit.</summary>
    public MeasureUnit Unit { get; init; }

    /// <summary>Which direction is good.</summary>
    public MetricDirection? GoodDirection { get; init; }

    /// <summary>Leading or lagging.</summary>
    public IndicatorKind? Indicator { get; init; }

    /// <summary>True for vanity metrics: easy to move, weakly tied to value (page views, downloads, followers).</summary>
    public bool IsVanity { get; init; }

    /// <summary>Why the metric is vanity, and what to measure instead.</summary>
    public string? VanityNote { get; init; }

    /// <summary>Ids of metrics this one drives (activation drives retention; retention drives NRR).</summary>
    public IReadOnlyList<string> Drives { get; init; } = [];

    /// <summary>
    /// Id of the metric that measures the same outcome the other way round (churn and retention): what drives one drives
    /// the other, and a KR on one serves a parent on the other.
    /// </summary>
    public string? Inverse { get; init; }

    /// <summary>True when the metric comes from the workspace's own catalogue.</summary>
    public bool FromCatalogue { get; init; }

    /// <summary>The catalogue's measurement for it, when it comes from the workspace.</summary>
    public Measurement? Measurement { get; init; }

    /// <summary>For a catalogue metric, the id of the built-in metric it is (its name or a synonym matched); else null.</summary>
    public string? Like { get; init; }

    /// <summary>The id driver relations are stated in: the built-in metric's id for a catalogue metric like one, else <see cref="Id"/>.</summary>
    public string CanonicalId => Like ?? Id;
}

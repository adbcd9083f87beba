namespace Throughline.Core.Model;

/// <summary>A metric in the workspace's catalogue: what it means, where it comes from, and its other names.</summary>
public sealed record MetricDefinition
{
    /// <summary>Stable id, e.g. <c>activation_rate</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name, e.g. <c>Activation rate</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Other names people use for the metric (abbreviations, team jargon).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Precise definition: numerator, denominator, window.</summary>
    public string? Definition { get; init; }

    /// <summary>Unit of measure.</summary>
    public MeasureUnit MeasureUnit { get; init; }

    /// <summary>Data source, event and dashboard.</summary>
    public Measurement Measurement { get; init; } = new();

    /// <summary>The unit that owns the metric's definition.</summary>
    public string? OwnerUnit { get; init; }

    /// <summary>Which direction is good for the business.</summary>
    public MetricDirection? GoodDirection { get; init; }

    /// <summary>Leading or lagging.</summary>
    public IndicatorKind? Indicator { get; init; }

    /// <summary>Where the metric was defined.</summary>
    public SourceRef? Origin { get; init; }
}

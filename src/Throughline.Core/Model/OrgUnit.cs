namespace Throughline.Core.Model;

/// <summary>An organisation unit: the company, a department, a product or platform team, or a support function.</summary>
public sealed record OrgUnit
{
    /// <summary>Stable slug used in references, e.g. <c>growth</c> in <c>growth/O1-KR2</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of unit this is.</summary>
    public required UnitKind Kind { get; init; }

    /// <summary>The parent unit's id in the org chart; null for the company.</summary>
    public string? Parent { get; init; }

    /// <summary>The product area or user journey the unit owns, in the unit's own words.</summary>
    public string? Area { get; init; }

    /// <summary>Customer segments the unit serves.</summary>
    public IReadOnlyList<string> Segments { get; init; } = [];

    /// <summary>Metric names the unit's work can move directly (its levers).</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];

    /// <summary>Head count by role.</summary>
    public TeamSize Size { get; init; } = new();

    /// <summary>Engineering-weeks per cycle the unit can give to other units' asks; null when not stated.</summary>
    public double? CapacityForAsks { get; init; }

    /// <summary>The unit lead, free text.</summary>
    public string? Lead { get; init; }

    /// <summary>Where the unit was defined.</summary>
    public SourceRef? Origin { get; init; }
}

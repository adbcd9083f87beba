namespace Throughline.Core.Model;

/// <summary>A unit's stated contribution to a shared objective.</summary>
public sealed record UnitContribution
{
    /// <summary>The contributing unit's id.</summary>
    public required string Unit { get; init; }

    /// <summary>What the unit will do and measure, in its own words.</summary>
    public string? Statement { get; init; }

    /// <summary>Where the contribution was written.</summary>
    public SourceRef? Origin { get; init; }
}

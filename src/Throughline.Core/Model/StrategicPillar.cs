namespace Throughline.Core.Model;

/// <summary>A strategic pillar: a lasting direction company objectives serve.</summary>
public sealed record StrategicPillar
{
    /// <summary>Stable id, e.g. <c>enterprise</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>What the pillar means and why it matters.</summary>
    public string? Description { get; init; }

    /// <summary>Where the pillar was defined.</summary>
    public SourceRef? Origin { get; init; }
}

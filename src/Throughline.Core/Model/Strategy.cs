namespace Throughline.Core.Model;

/// <summary>The strategy layer above company objectives: the mission and its strategic pillars.</summary>
public sealed record Strategy
{
    /// <summary>The company mission in one or two sentences.</summary>
    public string? Mission { get; init; }

    /// <summary>Strategic pillars company objectives hang under.</summary>
    public IReadOnlyList<StrategicPillar> Pillars { get; init; } = [];
}

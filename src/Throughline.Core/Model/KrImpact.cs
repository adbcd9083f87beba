namespace Throughline.Core.Model;

/// <summary>An initiative's expected effect on one key result.</summary>
public sealed record KrImpact
{
    /// <summary>The key result the initiative is expected to move, fully scoped.</summary>
    public required OkrRef KeyResult { get; init; }

    /// <summary>Expected change in the KR's metric units (e.g. +1.5 points of activation); null when not estimated.</summary>
    public double? Expected { get; init; }

    /// <summary>Why the initiative should move the KR.</summary>
    public string? Rationale { get; init; }
}

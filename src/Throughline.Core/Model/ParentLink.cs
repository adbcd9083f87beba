namespace Throughline.Core.Model;

/// <summary>
/// A link from an objective to an objective or key result it supports. Several are allowed; a team objective may
/// hang directly under a company key result.
/// </summary>
public sealed record ParentLink
{
    /// <summary>The supported objective or key result, always fully scoped.</summary>
    public required OkrRef Target { get; init; }

    /// <summary>How this objective contributes, in the supporting unit's words.</summary>
    public string? Contribution { get; init; }

    /// <summary>Whether the parent's owner has accepted the contribution; null when nobody said.</summary>
    public bool? Accepted { get; init; }

    /// <summary>Where the link was written.</summary>
    public SourceRef? Origin { get; init; }
}

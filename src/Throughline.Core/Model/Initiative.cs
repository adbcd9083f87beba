namespace Throughline.Core.Model;

/// <summary>A roadmap initiative: a piece of planned work, its effort, and the key results it should move.</summary>
public sealed record Initiative
{
    /// <summary>Stable id, e.g. <c>INI-12</c> or a Jira key.</summary>
    public required string Id { get; init; }

    /// <summary>Title as written on the roadmap.</summary>
    public required string Title { get; init; }

    /// <summary>Longer description, when there is one.</summary>
    public string? Description { get; init; }

    /// <summary>Owning unit.</summary>
    public required string Unit { get; init; }

    /// <summary>The cycle the initiative is planned for; null means the workspace's current cycle.</summary>
    public string? Cycle { get; init; }

    /// <summary>Delivery status.</summary>
    public InitiativeStatus Status { get; init; } = InitiativeStatus.Planned;

    /// <summary>Expected completion date.</summary>
    public DateOnly? ExpectedCompletion { get; init; }

    /// <summary>Date it actually shipped, when it has.</summary>
    public DateOnly? ShippedOn { get; init; }

    /// <summary>Estimated effort in engineer-weeks.</summary>
    public double? Effort { get; init; }

    /// <summary>The key results it is expected to move, and by how much.</summary>
    public IReadOnlyList<KrImpact> Impacts { get; init; } = [];

    /// <summary>Ids of initiatives that must ship before this one can.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Free labels (Jira labels, themes).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Where the initiative was written.</summary>
    public SourceRef? Origin { get; init; }
}

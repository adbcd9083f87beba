namespace Throughline.Core.Model;

/// <summary>A dated event that may explain why a metric moved.</summary>
public sealed record WorkspaceEvent
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>First day of the event.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Last day, for events that last; null for one-day events.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>What kind of event.</summary>
    public EventKind Kind { get; init; } = EventKind.Other;

    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>What happened.</summary>
    public string? Description { get; init; }

    /// <summary>Metric ids or names the event is expected to affect.</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];

    /// <summary>Units involved in or affected by the event.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Where the event was written.</summary>
    public SourceRef? Origin { get; init; }
}

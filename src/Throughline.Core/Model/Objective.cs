namespace Throughline.Core.Model;

/// <summary>
/// An objective: a qualitative, outcome-focused statement with its key results. It is owned by one unit, or shared by
/// several contributing units (a cross-functional objective), and may support several parent objectives or key results.
/// </summary>
public sealed record Objective
{
    /// <summary>Full reference, e.g. <c>growth/O1</c>; for shared objectives the scope is the shared scope.</summary>
    public required OkrRef Ref { get; init; }

    /// <summary>The objective as written.</summary>
    public required string Title { get; init; }

    /// <summary>The cycle the objective belongs to.</summary>
    public required string Cycle { get; init; }

    /// <summary>The "so that" / why statement.</summary>
    public string? Why { get; init; }

    /// <summary>Organisation level.</summary>
    public ObjectiveLevel Level { get; init; } = ObjectiveLevel.Team;

    /// <summary>Impact, enabler or health.</summary>
    public ObjectiveType Type { get; init; } = ObjectiveType.Impact;

    /// <summary>The owning unit's id; null for a shared objective owned jointly by its contributors.</summary>
    public string? Owner { get; init; }

    /// <summary>Units contributing to a shared objective, each with its own contribution statement.</summary>
    public IReadOnlyList<UnitContribution> Contributors { get; init; } = [];

    /// <summary>Objectives or key results this objective supports.</summary>
    public IReadOnlyList<ParentLink> Supports { get; init; } = [];

    /// <summary>The strategic pillar a company objective serves, when stated.</summary>
    public string? Pillar { get; init; }

    /// <summary>A support or health goal that need not ladder up to a company objective.</summary>
    public bool NeedNotLadderUp { get; init; }

    /// <summary>Person accountable for the objective.</summary>
    public string? OwnerPerson { get; init; }

    /// <summary>Position in the owner's list, 1 for the first (most important) objective.</summary>
    public int Order { get; init; } = 1;

    /// <summary>Explicit priority weight; null means rank by <see cref="Order"/>.</summary>
    public double? Weight { get; init; }

    /// <summary>The key results, in the order written.</summary>
    public IReadOnlyList<KeyResult> KeyResults { get; init; } = [];

    /// <summary>Where the objective was written.</summary>
    public SourceRef? Origin { get; init; }

    /// <summary>True when several units share the objective.</summary>
    public bool IsShared => Contributors.Count > 1 || Level == ObjectiveLevel.Shared;

    /// <summary>Every unit accountable for the objective: the owner and the contributors.</summary>
    public IEnumerable<string> AccountableUnits =>
        (Owner is null ? [] : new[] { Owner }).Concat(Contributors.Select(c => c.Unit)).Distinct(StringComparer.Ordinal);
}

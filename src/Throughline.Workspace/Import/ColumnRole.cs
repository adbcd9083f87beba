namespace Throughline.Workspace.Import;

/// <summary>What a table or CSV column holds.</summary>
internal enum ColumnRole
{
    Unknown,
    Ignored,
    Objective,
    KeyResult,
    Team,
    Owner,
    ObjectiveOwner,
    Baseline,
    Target,
    Deadline,
    Type,
    Why,

    /// <summary>A goal of a goal-tree export (Lattice, 15Five…): an objective with its own measure.</summary>
    Goal,

    /// <summary>The goal a goal-tree row is aligned to.</summary>
    ParentGoal,
}

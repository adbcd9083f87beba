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

    /// <summary>What a row of a typed export is (its type column says objective, key result or initiative): "Title", "Summary".</summary>
    Title,

    /// <summary>A row's own key in a typed export ("Issue key", "ID"), which other rows' parent column names.</summary>
    Key,

    /// <summary>An identifier column of an objective/KR table ("Objective ID"): ids are given anew on import.</summary>
    Identifier,
}

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
}

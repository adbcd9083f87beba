namespace Throughline.Core.Model;

/// <summary>Workspace-wide conventions the analyses respect.</summary>
public sealed record WorkspaceSettings
{
    /// <summary>Most objectives one unit should carry per cycle.</summary>
    public int MaxObjectivesPerUnit { get; init; } = 3;

    /// <summary>Fewest key results per objective.</summary>
    public int MinKeyResultsPerObjective { get; init; } = 2;

    /// <summary>Most key results per objective.</summary>
    public int MaxKeyResultsPerObjective { get; init; } = 5;

    /// <summary>Days between expected check-ins.</summary>
    public int CheckInCadenceDays { get; init; } = 7;
}

namespace Throughline.Core.Model;

/// <summary>The level of the organisation an objective is set at.</summary>
public enum ObjectiveLevel
{
    /// <summary>Set by the executive team for the whole company.</summary>
    Company,

    /// <summary>Set by a department or business unit.</summary>
    Department,

    /// <summary>Set by one team.</summary>
    Team,

    /// <summary>Shared by several contributing units ("alignment, not cascade").</summary>
    Shared,
}

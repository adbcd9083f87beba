namespace Throughline.Core.Model;

/// <summary>What an objective is for.</summary>
public enum ObjectiveType
{
    /// <summary>Moves a core business or customer metric.</summary>
    Impact,

    /// <summary>Unlocks future impact: platform, data quality, compliance.</summary>
    Enabler,

    /// <summary>Keeps a unit healthy (support functions, operations); need not ladder up.</summary>
    Health,
}

namespace Throughline.Core.Alignment;

/// <summary>How well team work covers a company objective or key result.</summary>
public enum CoverageVerdict
{
    /// <summary>At least one team key result moves its metric or a driver of it.</summary>
    Covered,

    /// <summary>Only enablers or outputs support it: nothing measured moves its metric.</summary>
    Thin,

    /// <summary>No team objective or key result supports it.</summary>
    Uncovered,
}

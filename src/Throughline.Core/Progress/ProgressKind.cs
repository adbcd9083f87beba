namespace Throughline.Core.Progress;

/// <summary>How a key result's progress is measured.</summary>
public enum ProgressKind
{
    /// <summary>Baseline up to a higher target.</summary>
    Increase,

    /// <summary>Baseline down to a lower target.</summary>
    Decrease,

    /// <summary>Stay at or above the target all cycle (a guardrail).</summary>
    MaintainAtLeast,

    /// <summary>Stay at or below the target all cycle.</summary>
    MaintainAtMost,

    /// <summary>A RAT pass/fail test: a check-in value of 1 means passed, 0 means failed.</summary>
    Binary,

    /// <summary>No numeric target or direction: progress cannot be measured.</summary>
    Unmeasurable,
}

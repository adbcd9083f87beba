namespace Throughline.Core.Diagnostics;

/// <summary>How serious a diagnostic or finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info,

    /// <summary>Probably wrong or weak; the workspace still loads.</summary>
    Warning,

    /// <summary>Wrong: the workspace cannot be trusted until it is fixed.</summary>
    Error,
}

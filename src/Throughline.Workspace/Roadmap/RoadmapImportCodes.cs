namespace Throughline.Workspace.Roadmap;

/// <summary>
/// Diagnostic codes of the Jira / Linear roadmap import (it also uses TL0102 malformed CSV and TL0106 missing column).
/// </summary>
public static class RoadmapImportCodes
{
    /// <summary>Warning: a status the mapping does not know; the row is taken as planned.</summary>
    public const string UnknownStatus = "TL0501";

    /// <summary>Warning: an estimate that is not a number or a duration; the row has no effort.</summary>
    public const string BadEstimate = "TL0502";

    /// <summary>Warning: a date in no supported format; the row has no expected completion.</summary>
    public const string BadDate = "TL0503";

    /// <summary>Warning: a KR reference that names no key result of the cycle, or several.</summary>
    public const string UnknownKr = "TL0504";

    /// <summary>Warning: a row without a key or title, or with a key seen before; the row is skipped.</summary>
    public const string SkippedRow = "TL0505";
}

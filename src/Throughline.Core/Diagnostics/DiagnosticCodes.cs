namespace Throughline.Core.Diagnostics;

/// <summary>The stable codes of workspace diagnostics, documented in docs/workspace-format.md.</summary>
public static class DiagnosticCodes
{
    /// <summary>A file cannot be read.</summary>
    public const string FileUnreadable = "TL0001";

    /// <summary>A data file in the workspace root that the format does not know.</summary>
    public const string FileIgnored = "TL0002";

    /// <summary>Malformed YAML.</summary>
    public const string MalformedYaml = "TL0101";

    /// <summary>Malformed CSV.</summary>
    public const string MalformedCsv = "TL0102";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "TL0103";

    /// <summary>A value has the wrong type or format.</summary>
    public const string BadValue = "TL0104";

    /// <summary>An unknown key.</summary>
    public const string UnknownKey = "TL0105";

    /// <summary>A required CSV column is missing.</summary>
    public const string MissingColumn = "TL0106";

    /// <summary>Duplicate id.</summary>
    public const string DuplicateId = "TL0201";

    /// <summary>Unknown unit.</summary>
    public const string UnknownUnit = "TL0202";

    /// <summary>Unknown objective or key result reference.</summary>
    public const string UnknownRef = "TL0203";

    /// <summary>Unknown cycle.</summary>
    public const string UnknownCycle = "TL0204";

    /// <summary>A cycle ends before it starts.</summary>
    public const string CycleEndsBeforeStart = "TL0205";

    /// <summary>A check-in for a key result that does not exist.</summary>
    public const string CheckInUnknownKr = "TL0206";

    /// <summary>A dependency on a missing unit.</summary>
    public const string DependencyUnknownUnit = "TL0207";

    /// <summary>A check-in outside its key result's cycle.</summary>
    public const string CheckInOutsideCycle = "TL0208";

    /// <summary>Confidence not 0, 1 or 2.</summary>
    public const string BadConfidence = "TL0209";

    /// <summary>Unknown initiative in depends_on.</summary>
    public const string UnknownInitiative = "TL0210";

    /// <summary>Unknown metric.</summary>
    public const string UnknownMetric = "TL0211";

    /// <summary>The unit parent chain loops.</summary>
    public const string ParentLoop = "TL0212";

    /// <summary>A questionable shared scope.</summary>
    public const string SharedScope = "TL0213";

    /// <summary>A grade outside 0.0-1.0.</summary>
    public const string BadGrade = "TL0214";

    /// <summary>A stated field contradicts the KR text.</summary>
    public const string TextContradiction = "TL0301";

    /// <summary>The KR text has something the parser could not read.</summary>
    public const string TextUnread = "TL0302";
}

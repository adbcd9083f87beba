using Throughline.Core.Diagnostics;

namespace Throughline.Core.Roadmap;

/// <summary>The roadmap rules (docs/rules.md, "Roadmap rules"): id, default severity and title.</summary>
public static class RoadmapRules
{
    /// <summary>RM004: an objective is over-invested when its effort share exceeds its importance share by this much.</summary>
    public const double MismatchThreshold = 0.25;

    /// <summary>RM004: ... and gets at least this many times the effort of a higher-priority objective of the same unit.</summary>
    public const double MismatchRatio = 2;

    /// <summary>RM002 is a warning (and the KR gets missing-work suggestions) when the plan closes less than this share of the gap; an info above.</summary>
    public const double MaterialShortfall = 0.6;

    /// <summary>RM005: a prerequisite with less slack than this before a dependant's expected completion is a warning.</summary>
    public const int SlackWarningDays = 14;

    /// <summary>Every roadmap rule.</summary>
    public static IReadOnlyList<(string Id, Severity Severity, string Title)> All { get; } =
    [
        ("RM001", Severity.Warning, "Key result with no roadmap backing"),
        ("RM002", Severity.Warning, "Under-backed key result"),
        ("RM003", Severity.Warning, "Orphan initiative"),
        ("RM004", Severity.Warning, "Effort out of proportion to priority"),
        ("RM005", Severity.Warning, "Critical-path initiative"),
        ("RM006", Severity.Info, "Suggested link for an unlinked initiative"),
        ("RM007", Severity.Info, "Impact not estimated"),
    ];
}

using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Progress.Honesty;

/// <summary>The honesty checks PR010-PR015, run on every key result after its status is set.</summary>
internal static class HonestyRules
{
    /// <summary>A check: the KR's evidence, status, progress and forecast to a finding or null.</summary>
    public delegate Finding? Check(KrEvidence evidence, ProgressStatus status, double? progress, Forecast? forecast);

    public static readonly IReadOnlyList<Check> All =
    [
        StaleCheckInRule.Check,
        ConfidenceEvidenceRule.Check,
        EasyTargetRule.Check,
        UnshippedWorkRule.Check,
        EventJumpRule.Check,
        DefinitionChangeRule.Check,
    ];
}

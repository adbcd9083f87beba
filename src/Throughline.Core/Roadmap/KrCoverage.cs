using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>
/// The roadmap behind one key result: its initiatives, their expected impact against the gap from the start value
/// to the target, and the effort behind it.
/// </summary>
/// <param name="KeyResult">The key result.</param>
/// <param name="Objective">Its objective.</param>
/// <param name="Priority">Priority weight: the objective's weight (or 1/order) times the KR's weight.</param>
/// <param name="Direction">The KR's good direction (stated, or from baseline and target).</param>
/// <param name="Status">Covered, under-backed, unbacked, ...</param>
/// <param name="Start">Baseline, or the latest check-in value when there is no baseline.</param>
/// <param name="StartBasis"><c>baseline</c> or <c>current</c> (latest check-in); null without a start value.</param>
/// <param name="Gap">Target minus start, in the KR's good direction (positive); null without one.</param>
/// <param name="Expected">Sum of the initiatives' expected impact in the KR's good direction.</param>
/// <param name="Effort">Engineer-weeks behind it (each initiative's effort split over the KRs it moves).</param>
/// <param name="Links">The explicit links of the initiatives that move it.</param>
/// <param name="SupportedBy">Objectives or KRs that support it and are themselves backed (for <see cref="CoverageStatus.BackedThroughSupport"/>).</param>
public sealed record KrCoverage(
    KeyResult KeyResult,
    Objective Objective,
    double Priority,
    MetricDirection Direction,
    CoverageStatus Status,
    double? Start,
    string? StartBasis,
    double? Gap,
    double Expected,
    double Effort,
    IReadOnlyList<RoadmapLink> Links,
    IReadOnlyList<OkrRef> SupportedBy)
{
    /// <summary>Share of the gap the expected impact closes (1 = all of it); null without a gap.</summary>
    public double? GapShare => Gap is > 0 ? Expected / Gap.Value : null;

    /// <summary>What remains of the gap after the expected impact (in the KR's unit); null without a gap.</summary>
    public double? Shortfall => Gap is { } gap ? Math.Max(0, gap - Expected) : null;
}

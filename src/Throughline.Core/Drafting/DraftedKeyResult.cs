using Throughline.Core.Alignment;
using Throughline.Core.Model;
using Throughline.Core.Quality.Classification;

namespace Throughline.Core.Drafting;

/// <summary>One proposed key result with its assessment: why this metric, how it connects, outcome or output, measurable or not.</summary>
/// <param name="KeyResult">The key result as it is written to the draft file.</param>
/// <param name="Lever">Why the unit can move this metric (a lever in units.yaml, last cycle's KR, the area text...).</param>
/// <param name="Supports">The company key result it moves (the company objective when no KR relates; null in a health objective).</param>
/// <param name="Relation">How its metric relates to the company KR's metric in the knowledge base.</param>
/// <param name="LineOfSight">The line of sight in words: "activation rate drives trial-to-paid conversion (acme/O1-KR1)".</param>
/// <param name="Kind">Outcome, output or mixed, as the KR classifier reads the drafted text.</param>
/// <param name="KindReasons">The classifier's cues.</param>
/// <param name="Measurable">True when the catalogue has the metric with history before the cycle.</param>
/// <param name="Measurability">How it is measured, or what is missing to measure it.</param>
/// <param name="Calibration">Where the baseline and target come from, with the percentile used.</param>
/// <param name="Dependencies">Contributions of other units this KR needs that are not agreed.</param>
public sealed record DraftedKeyResult(
    KeyResult KeyResult,
    string Lever,
    OkrRef? Supports,
    MetricRelation Relation,
    string LineOfSight,
    KrKind Kind,
    IReadOnlyList<string> KindReasons,
    bool Measurable,
    string Measurability,
    string Calibration,
    IReadOnlyList<DependencyFlag> Dependencies);

using System.Globalization;
using Throughline.Core.Model;
using Throughline.Core.Quality.Classification;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Quality.Review;

/// <summary>
/// Scores a key result 0-100 from eight factors: outcome 25, metric 15, target 15, baseline 10, time bound 10,
/// measurement 10, ambition 10, owner 5. Each factor reads the KR and the findings the rules made about it, so the
/// score and the findings never disagree.
/// </summary>
internal static class KeyResultScorer
{
    public static QualityScore Score(RuleContext context, Objective objective, KeyResult kr, IReadOnlyList<Finding> findings)
    {
        var rules = findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var metric = context.MetricOf(kr);
        return QualityScore.Of(
        [
            Outcome(kr, context.Classify(kr)),
            rules.Contains("KR002") ? new("metric", 0, 15, "no metric named (KR002)")
                : rules.Contains("KR006") ? new("metric", 5, 15, $"vanity metric '{metric?.Metric.Name}' (KR006)")
                : kr.IsRat ? new("metric", 15, 15, "a RAT KR measures its test against the pass threshold")
                : new("metric", 15, 15, $"measures {metric?.Metric.Name ?? kr.Metric}"),
            Target(kr, rules),
            Baseline(kr),
            Deadline(context, kr),
            Measurement(kr, metric?.Metric, rules),
            rules.Contains("KR009") ? new("ambition", 0, 10, "target out of line with the metric's history (KR009)")
                : !kr.IsRat && kr.Target is null && kr.Change is null ? new("ambition", 0, 10, "no target whose ambition could be judged")
                : metric is { Metric.FromCatalogue: true } && context.TrendOf(metric.Metric.Id) is { Quarters.Count: >= 4 } ? new("ambition", 10, 10, "target is within the range the metric's history supports")
                : new("ambition", 5, 10, "cannot be calibrated: no quarterly history for this metric"),
            kr.Owner is not null ? new("owner", 5, 5, $"owned by {kr.Owner}")
                : objective.OwnerPerson is not null ? new("owner", 5, 5, $"owned through the objective by {objective.OwnerPerson}")
                : new("owner", 0, 5, "nobody is accountable (KR008)"),
        ]);
    }

    private static ScoreFactor Outcome(KeyResult kr, KrClassification classification) =>
        kr.IsRat
            ? new("outcome", 25, 25, "a RAT KR tests an assumption, which is a learning outcome")
            : classification.Kind switch
            {
                KrKind.Outcome => new("outcome", 25, 25, "measures a change in behaviour or results"),
                KrKind.Mixed => new("outcome", 12, 25, "mixes a deliverable with an outcome (KR001)"),
                _ => new("outcome", 0, 25, "measures output or activity (KR001)"),
            };

    private static ScoreFactor Target(KeyResult kr, HashSet<string> rules)
    {
        if (kr.IsRat)
        {
            return rules.Contains("KR007")
                ? new("target", 0, 15, "no pass/fail threshold (KR007)")
                : new("target", 15, 15, $"pass threshold: {kr.PassThreshold}");
        }

        return kr.EffectiveTarget is { } target ? new("target", 15, 15, $"target {ValueFormat.Format(target, kr.MeasureUnit, kr.Currency)}")
            : kr.Target is null && kr.Change is not null ? new("target", 12, 15, "a relative target with no baseline to apply it to")
            : new("target", 0, 15, rules.Contains("KR003") ? "metric but no target (KR003)" : "no target");
    }

    private static ScoreFactor Baseline(KeyResult kr) =>
        kr.Baseline is { } baseline ? new("baseline", 10, 10, $"baseline {ValueFormat.Format(baseline, kr.MeasureUnit, kr.Currency)}")
        : kr.IsRat ? new("baseline", 10, 10, "a RAT KR needs no baseline")
        : kr.Direction == MetricDirection.Maintain && kr.Target is not null ? new("baseline", 10, 10, "a guardrail needs no baseline")
        : new("baseline", 0, 10, "no baseline (KR004)");

    private static ScoreFactor Deadline(RuleContext context, KeyResult kr)
    {
        var end = context.Cycle?.End;
        return kr.Deadline is { } deadline
            ? end is { } e && deadline > e
                ? new("time bound", 0, 10, $"deadline {Day(deadline)} is after the cycle ends ({Day(e)})")
                : new("time bound", 10, 10, $"due {Day(deadline)}")
            : new("time bound", 10, 10, end is { } cycleEnd ? $"bounded by the cycle's end ({Day(cycleEnd)})" : "bounded by its cycle");
    }

    private static ScoreFactor Measurement(KeyResult kr, Knowledge.KnownMetric? metric, HashSet<string> rules) =>
        kr.Measurement.IsDefined ? new("measurement", 10, 10, $"measured in {kr.Measurement.Source ?? kr.Measurement.Event ?? kr.Measurement.Dashboard}")
        : metric is { FromCatalogue: true } ? new("measurement", 10, 10, $"catalogue metric '{metric.Id}'")
        : kr.IsRat ? new("measurement", 10, 10, "measured by the test itself")
        : rules.Contains("KR005") ? new("measurement", 0, 10, "no source, event or dashboard, and not a catalogue metric (KR005)")
        : new("measurement", 5, 10, "no source stated");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

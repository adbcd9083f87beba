using System.Globalization;
using Throughline.Core.Alignment;
using Throughline.Core.Model;
using Throughline.Core.Quality.Classification;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Drafting;

/// <summary>
/// Writes one drafted key result on a metric the unit can move: "Increase X from baseline to target by cycle end",
/// with the baseline and target calibrated from the metric's history (<see cref="TargetCalibrator"/>), and assesses
/// it: outcome or output (the KR classifier), measurable with current data or not, its line of sight and dependencies.
/// </summary>
internal static class KeyResultDrafter
{
    /// <summary>The relative change proposed when there is no history to calibrate against: a placeholder to decide at planning.</summary>
    private const double PlaceholderChange = 10;

    public static DraftedKeyResult Draft(RuleContext context, OrgUnit unit, OkrRef reference, LineOfSightLink link)
    {
        var lever = link.Lever;
        var metric = lever.Metric;
        var direction = metric.GoodDirection is MetricDirection.Decrease ? MetricDirection.Decrease : MetricDirection.Increase;
        var unitOfMeasure = metric.Unit;
        var history = metric.FromCatalogue ? context.HistoryBeforeCycle(metric.Id) : [];
        var calibration = TargetCalibrator.Calibrate(history, direction, unitOfMeasure, null, context.Cycle);
        var end = context.Cycle is { } cycle ? cycle.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "the end of the cycle";
        var name = metric.Name;

        string text;
        double? baseline = null, target = null;
        TargetChange? change = null;
        TargetBound? bound = null;
        string basis;
        if (calibration is { Maintain: true })
        {
            direction = MetricDirection.Maintain;
            bound = metric.GoodDirection == MetricDirection.Decrease ? TargetBound.AtMost : TargetBound.AtLeast;
            baseline = calibration.Baseline;
            target = calibration.Target;
            text = $"Keep {name} at {Format(calibration.Target, unitOfMeasure)} or better through {end}";
            basis = calibration.Basis;
        }
        else if (calibration is not null)
        {
            baseline = calibration.Baseline;
            target = calibration.Target;
            var verb = direction == MetricDirection.Decrease ? "Reduce" : "Increase";
            text = $"{verb} {name} from {Format(calibration.Baseline, unitOfMeasure)} to {Format(calibration.Target, unitOfMeasure)} by {end}";
            basis = calibration.Basis;
        }
        else
        {
            change = new TargetChange(PlaceholderChange, ChangeKind.Percent);
            baseline = history.Count > 0 ? history[^1].Value : null;
            var verb = direction == MetricDirection.Decrease ? "Reduce" : "Increase";
            text = baseline is { } b
                ? $"{verb} {name} by {PlaceholderChange.ToString(CultureInfo.InvariantCulture)}% from {Format(b, unitOfMeasure)} by {end}"
                : $"{verb} {name} by {PlaceholderChange.ToString(CultureInfo.InvariantCulture)}% by {end}";
            basis = history.Count > 0
                ? $"baseline is the last value before the cycle; under two quarters of history, so the {PlaceholderChange}% target is a placeholder to decide at planning"
                : $"no history for {name}: measure the baseline in the cycle's first weeks; the {PlaceholderChange}% target is a placeholder to decide at planning";
        }

        var measured = metric.FromCatalogue && history.Count > 0;
        var measurement = metric.Measurement ?? new Measurement();
        var measurability = measured
            ? $"measurable now: {name} is in the metric catalogue{Where(measurement)} with {history.Count} observations before the cycle"
            : metric.FromCatalogue
                ? $"not measurable yet: {name} is in the catalogue{Where(measurement)} but has no history; record it before the cycle starts"
                : $"not measurable with current data: {name} is not in the metric catalogue; add it to metrics.yaml with its source and instrument it";
        var keyResult = new KeyResult
        {
            Ref = reference,
            Text = text,
            Metric = metric.FromCatalogue ? metric.Id : name,
            MeasureUnit = unitOfMeasure,
            Direction = direction,
            Bound = bound,
            Baseline = baseline,
            Target = target,
            Change = change,
            Measurement = measurement,
            Indicator = metric.Indicator,
        };
        var classification = KrClassifier.Classify(text, context.Knowledge);
        var sight = link switch
        {
            { Company: null } => $"none: no KR of any company objective relates to {name}; a health KR on {unit.Id}'s own metric until its scope is clarified",
            { CompanyKr: null } => $"not established: the knowledge base relates {name} to no KR of {link.Company.Ref}; {unit.Id} lists it as its own metric, so state how it moves the company objective or drop it",
            { Relation: MetricRelation.Same } => $"{name} is the metric of {link.CompanyKr.Ref}: moving it moves the company KR directly",
            _ => $"{name} {MetricRelations.Describe(link.Relation)} {link.CompanyMetric!.Name} ({link.CompanyKr.Ref})",
        };
        var dependencies = DependencyFinder.ForKeyResult(context, unit, reference, metric).ToList();
        return new DraftedKeyResult(keyResult, lever.Reason, link.CompanyKr?.Ref ?? link.Company?.Ref, link.Relation, sight, classification.Kind, classification.Reasons, measured, measurability, basis, dependencies);
    }

    private static string Where(Measurement measurement)
    {
        var parts = new[] { measurement.Source, measurement.Dashboard }.OfType<string>().ToList();
        return parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
    }

    private static string Format(double value, MeasureUnit unit) => ValueFormat.Format(value, unit);
}

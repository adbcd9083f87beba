using System.Globalization;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Quality.Rules;

/// <summary>
/// KR009: a key result whose required change is at or below its catalogue metric's quarterly trend (sandbagged),
/// or more than twice its best historical quarter (unrealistic). Maintain and RAT KRs are skipped.
/// </summary>
internal sealed class AmbitionCalibrationRule : IQualityRule
{
    private const int MinQuarters = 4;

    public RuleDescriptor Descriptor { get; } = new(
        "KR009",
        Severity.Warning,
        "Ambition out of line with history",
        "A target the metric's own trend reaches anyway is sandbagged; one far beyond any quarter in history is falsely ambitious and gets abandoned.",
        "Set the target between the trend and the best historical quarter, or explain the step change with a plan.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Cycle is null)
        {
            yield break;
        }

        foreach (var (_, kr) in context.KeyResults.Where(p => !p.KeyResult.IsRat && p.KeyResult.Baseline is not null))
        {
            var match = context.MetricOf(kr);
            if (match is not { Metric.FromCatalogue: true } || kr.Baseline is not { } baseline)
            {
                continue;
            }

            var direction = kr.Direction ?? match.Metric.GoodDirection;
            var target = kr.Target ?? (kr.Change is not null && direction is { } d ? kr.Change.ApplyTo(baseline, d) : null);
            if (target is null || direction is null or MetricDirection.Maintain)
            {
                continue;
            }

            // A baseline of 0 on a metric whose history is not 0 is a quarter-to-date KR that resets at the cycle start.
            if (context.TrendOf(match.Metric.Id) is not { Quarters.Count: >= MinQuarters } history || (baseline == 0 && history.Last.Value != 0))
            {
                continue;
            }

            var sign = direction == MetricDirection.Decrease ? -1 : 1;
            var unit = kr.MeasureUnit != MeasureUnit.Unspecified ? kr.MeasureUnit : match.Metric.Unit;
            var required = target.Value - baseline;
            var trend = history.Mean;
            var best = history.Best(direction.Value);
            var evidence = $"quarterly changes of '{match.Metric.Id}' before {Day(context.Cycle.Start)}: " +
                string.Join(", ", history.Quarters.Select(q => $"{Day(q.End)} {ValueFormat.Change(q.Change, unit)}"));
            var low = sign * trend > 0 ? baseline + trend : baseline;
            var fix = $"Calibrate against history: a target of about {Value(low, unit, kr.Currency)} to {Value(baseline + best, unit, kr.Currency)} " +
                $"(trend to best quarter) is ambitious but plausible; beyond {Value(baseline + (2 * best), unit, kr.Currency)} needs a plan that explains the step change.";

            if (sign * required <= sign * trend)
            {
                yield return Findings.For(
                    Descriptor,
                    kr,
                    $"{OkrText.Quote(kr.Text)} is sandbagged: {ValueFormat.Change(required, unit)} against a trend of {ValueFormat.Change(trend, unit)} a quarter (best {ValueFormat.Change(best, unit)}).",
                    evidence,
                    fix);
            }
            else if (sign * best > 0 && sign * required > 2 * sign * best)
            {
                var ratio = ValueFormat.Number(Math.Round(required / best, 1));
                yield return Findings.For(
                    Descriptor,
                    kr,
                    $"{OkrText.Quote(kr.Text)} is unrealistic: {ValueFormat.Change(required, unit)} is {ratio}x the best quarter ({ValueFormat.Change(best, unit)}); the trend is {ValueFormat.Change(trend, unit)} a quarter.",
                    evidence,
                    fix);
            }
        }
    }

    private static string Value(double value, MeasureUnit unit, string? currency) =>
        ValueFormat.Format(Math.Round(value, 2), unit, currency);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

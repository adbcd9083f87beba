using System.Globalization;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Quality.Rules;

/// <summary>KR004: a key result with a metric but no baseline (maintain KRs with a target and RAT KRs are exempt).</summary>
internal sealed class NoBaselineRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "KR004",
        Severity.Warning,
        "No baseline",
        "Without the starting value the target's ambition cannot be judged (sandbagged or impossible?) and progress cannot be measured.",
        "Record the metric's value at the start of the cycle, from the metric history or the first check-in.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (_, kr) in context.KeyResults.Where(p => p.KeyResult.Baseline is null && !p.KeyResult.IsRat))
        {
            if (kr.Direction == MetricDirection.Maintain && kr.Target is not null)
            {
                continue;
            }

            var match = context.MetricOf(kr);
            if (string.IsNullOrWhiteSpace(kr.Metric) && match is null)
            {
                continue;
            }

            var metricName = match?.Metric.Name ?? kr.Metric!;
            var last = match is { Metric.FromCatalogue: true } ? context.LastBeforeCycle(match.Metric.Id) : null;
            var fix = last is null
                ? $"Add the value of {metricName} at the start of the cycle (from the first check-in or the source system)."
                : $"Use {ValueFormat.Number(last.Value)} as the baseline: the catalogue metric '{match!.Metric.Id}' was {ValueFormat.Number(last.Value)} on {last.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, the last value before the cycle started.";
            yield return Findings.For(
                Descriptor,
                kr,
                $"{OkrText.Quote(kr.Text)} has no baseline: the starting value of {metricName} is not stated.",
                last is null ? "no baseline" : $"no baseline; metric history has '{match!.Metric.Id}'",
                fix);
        }
    }
}

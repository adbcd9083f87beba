using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>KR003: a key result with a metric but neither an absolute target nor a relative change.</summary>
internal sealed class NoTargetRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "KR003",
        Severity.Error,
        "Metric but no target",
        "'Improve X' with no number cannot be graded: any movement counts as success and nobody knows when to stop or escalate.",
        "Add a target value (or a relative change such as 'by 20%') the team commits to by the end of the cycle.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (_, kr) in context.KeyResults.Where(p => !p.KeyResult.IsRat && p.KeyResult.Target is null && p.KeyResult.Change is null))
        {
            var match = context.MetricOf(kr);
            if (string.IsNullOrWhiteSpace(kr.Metric) && match is null)
            {
                continue;
            }

            var metric = match?.Metric.Name ?? kr.Metric!;
            var baseline = kr.Baseline?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ?? (match is null ? null : context.LastBeforeCycle(match.Metric.Id)?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                ?? "<baseline>";
            var evidence = match is null ? $"metric '{kr.Metric}'; no target and no change" : $"metric '{match.Metric.Name}' (matched '{match.MatchedText}'); no target and no change";
            yield return Findings.For(
                Descriptor,
                kr,
                $"{OkrText.Quote(kr.Text)} names a metric ({metric}) but no target: it cannot be graded.",
                evidence,
                $"Add a number: e.g. 'Move {metric} from {baseline} to <target> by {context.CycleEnd}'.");
        }
    }
}

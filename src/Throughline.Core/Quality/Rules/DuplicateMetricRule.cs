using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Quality.Rules;

/// <summary>UN002: one unit measuring the same metric in key results of different objectives.</summary>
internal sealed class DuplicateMetricRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "UN002",
        Severity.Warning,
        "Duplicate metric across a unit's objectives",
        "Two objectives measured by the same number are one objective counted twice: the second adds no information and hides what else should change.",
        "Merge the KRs, or measure the second objective with a metric of its own.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var keyed = context.KeyResults
            .Where(p => p.Objective.Owner is not null && !p.KeyResult.IsRat)
            .Select(p => (p.Objective, p.KeyResult, Key: KeyOf(context, p.KeyResult)))
            .Where(p => p.Key is not null);
        foreach (var group in keyed.GroupBy(p => (p.Objective.Owner!, p.Key!)))
        {
            var items = group.ToList();
            if (items.Select(i => i.Objective.Ref).Distinct().Count() < 2)
            {
                continue;
            }

            var first = items[0];
            foreach (var other in items.Skip(1).Where(i => i.Objective.Ref != first.Objective.Ref))
            {
                yield return Findings.For(
                    Descriptor,
                    other.KeyResult,
                    $"{OkrText.Quote(other.KeyResult.Text)} measures the same metric as {first.KeyResult.Ref} {OkrText.Quote(first.KeyResult.Text)} in another objective of '{group.Key.Item1}'.",
                    $"both measure '{group.Key.Item2}'",
                    $"Merge {other.KeyResult.Ref} into {first.KeyResult.Ref}, or give {other.Objective.Ref} a metric of its own.");
            }
        }
    }

    private static string? KeyOf(RuleContext context, KeyResult keyResult)
    {
        if (context.MetricOf(keyResult) is { } match)
        {
            return match.Metric.Id;
        }

        return string.IsNullOrWhiteSpace(keyResult.Metric) ? null : OkrText.Normalise(keyResult.Metric);
    }
}

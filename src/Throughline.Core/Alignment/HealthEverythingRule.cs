using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// AL004: a unit whose every objective is a health goal that supports nothing, while one of its key results measures the
/// metric of a company key result or a direct driver of it: the unit has opted out of alignment it is part of.
/// </summary>
internal static class HealthEverythingRule
{
    public static IEnumerable<AlignmentFinding> Find(AlignmentContext context)
    {
        var companyKrs = context.Company.SelectMany(o => o.KeyResults).Select(k => (KeyResult: k, Metric: context.MetricOf(k))).Where(p => p.Metric is not null).ToList();
        foreach (var unit in context.Teams.GroupBy(AlignmentContext.UnitOf, StringComparer.Ordinal))
        {
            var objectives = unit.ToList();
            if (!objectives.All(o => AlignmentContext.IsHealth(o) && o.Supports.Count == 0))
            {
                continue;
            }

            var evidence = new List<string>();
            var links = new List<(OkrRef Objective, OkrRef Target)>();
            foreach (var objective in objectives)
            {
                foreach (var keyResult in objective.KeyResults)
                {
                    if (context.MetricOf(keyResult) is not { } metric)
                    {
                        continue;
                    }

                    foreach (var (companyKr, companyMetric) in companyKrs)
                    {
                        var relation = MetricRelations.Relate(context.Knowledge, metric, companyMetric!);
                        if (relation is MetricRelation.Same or MetricRelation.Driver)
                        {
                            evidence.Add($"{keyResult.Ref} ({Numbers(keyResult)}) {MetricRelations.Describe(relation)} {companyKr.Ref} ({Numbers(companyKr)})");
                            links.Add((objective.Ref, companyKr.Ref));
                        }
                    }
                }
            }

            if (links.Count == 0)
            {
                continue;
            }

            var listed = UnlistedCompanyMetrics(context, unit.Key, companyKrs.Select(p => p.KeyResult), links.Select(l => l.Target));
            yield return new AlignmentFinding(
                "AL004", Severity.Warning, unit.Key, [unit.Key],
                $"Every {unit.Key} objective is marked as a health goal and supports nothing, but its KRs clearly drive company KRs: the unit opts out of alignment it is part of.",
                string.Join("; ", evidence) + listed,
                "Link " + string.Join(", ", links.Distinct().Select(l => $"{l.Objective} to {l.Target}")) + " (health goals may still ladder up).",
                objectives[0].Origin);
        }
    }

    private static string UnlistedCompanyMetrics(AlignmentContext context, string unit, IEnumerable<KeyResult> companyKrs, IEnumerable<OkrRef> linked)
    {
        var metrics = context.FindUnit(unit)?.Metrics ?? [];
        var claimed = linked.ToHashSet();
        var extra = companyKrs.Where(k => !claimed.Contains(k.Ref) && k.Metric is not null && metrics.Contains(k.Metric, StringComparer.Ordinal)).Select(k => $"{k.Ref} ({k.Metric})").ToList();
        return extra.Count == 0 ? string.Empty : $". It also lists the metric of {string.Join(", ", extra)} among its own metrics";
    }

    private static string Numbers(KeyResult keyResult) =>
        keyResult.Baseline is { } b && keyResult.EffectiveTarget is { } t
            ? FormattableString.Invariant($"{keyResult.Metric ?? "metric"} {b:0.###} -> {t:0.###}")
            : keyResult.Metric ?? keyResult.Text;
}

using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>For every unbacked KR, and every KR whose plan closes less than <see cref="RoadmapRules.MaterialShortfall"/> of its gap: the drivers of its metric (knowledge base) and the units that list the metric.</summary>
internal static class MissingWorkFinder
{
    public static IReadOnlyList<MissingWork> Find(OkrWorkspace workspace, KrMetrics metrics, IReadOnlyList<KrCoverage> coverage)
    {
        // Which units list each metric, built once: a 2,000-unit organisation would otherwise scan every unit per KR.
        var ownersOf = workspace.Units
            .SelectMany(u => u.Metrics.Distinct(StringComparer.Ordinal).Select(m => (Metric: m, Unit: u.Id)))
            .GroupBy(p => p.Metric, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Unit).ToList(), StringComparer.Ordinal);
        return
        [
            .. coverage
                .Where(c => c.Status == CoverageStatus.Unbacked || (c.Status == CoverageStatus.UnderBacked && c.GapShare < RoadmapRules.MaterialShortfall))
                .Select(c =>
                {
                    var metric = metrics.Of(c.KeyResult);
                    var ids = metric is null ? [] : new[] { metric.Id, metric.CanonicalId }.Distinct(StringComparer.Ordinal).ToArray();
                    var drivers = ids.SelectMany(metrics.Knowledge.DriversOf).Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).Take(4).ToList();
                    var owners = ids.SelectMany(id => ownersOf.GetValueOrDefault(id) ?? []).Distinct(StringComparer.Ordinal).ToList();
                    return new MissingWork(c.KeyResult.Ref, metric?.Name, c.Status == CoverageStatus.UnderBacked ? c.Shortfall : c.Gap, drivers, owners);
                }),
        ];
    }
}

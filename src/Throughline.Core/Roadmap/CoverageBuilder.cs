using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>Per key result: the initiatives that move it, their expected impact against the gap, and the effort behind it.</summary>
internal static class CoverageBuilder
{
    public static IReadOnlyList<KrCoverage> Build(OkrWorkspace workspace, Cycle? cycle, IReadOnlyList<Objective> objectives, IReadOnlyList<Initiative> initiatives, IReadOnlyList<RoadmapLink> links)
    {
        var explicitLinks = links.Where(l => !l.Inferred).ToList();
        var byKr = explicitLinks.ToLookup(l => l.KeyResult);
        var linkCount = explicitLinks.GroupBy(l => l.Initiative).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var effortOf = initiatives.ToDictionary(i => i.Id, i => i.Effort ?? 0, StringComparer.Ordinal);
        var current = LatestValues(workspace, cycle);
        var supporters = Supporters(objectives);
        var backed = new Dictionary<OkrRef, bool>();

        bool IsBacked(Objective objective, HashSet<OkrRef> visiting)
        {
            if (backed.TryGetValue(objective.Ref, out var known))
            {
                return known;
            }

            if (!visiting.Add(objective.Ref))
            {
                return false;
            }

            var result = objective.KeyResults.Any(k => byKr[k.Ref].Any())
                || objective.KeyResults.Any(k => SupportersOf(supporters, objective, k).Any(s => IsBacked(s, visiting)));
            backed[objective.Ref] = result;
            return result;
        }

        var coverage = new List<KrCoverage>();
        foreach (var objective in objectives)
        {
            foreach (var kr in objective.KeyResults)
            {
                var krLinks = byKr[kr.Ref].ToList();
                var direction = DirectionOf(kr, current.TryGetValue(kr.Ref, out var latest) ? latest : null);
                var sign = direction == MetricDirection.Decrease ? -1 : 1;
                var (start, basis) = kr.Baseline is { } baseline ? (baseline, "baseline") : current.TryGetValue(kr.Ref, out var now) ? (now, "current") : ((double?)null, (string?)null);
                var target = kr.EffectiveTarget;
                double? gap = direction != MetricDirection.Maintain && !kr.IsRat && start is { } s && target is { } t ? (t - s) * sign : null;
                var expected = krLinks.Sum(l => (l.Expected ?? 0) * sign);
                var effort = krLinks.Sum(l => effortOf.GetValueOrDefault(l.Initiative) / Math.Max(1, linkCount.GetValueOrDefault(l.Initiative)));
                var supportedBy = krLinks.Count > 0
                    ? []
                    : SupportersOf(supporters, objective, kr).Where(o => IsBacked(o, [objective.Ref])).Select(o => o.Ref).Distinct().ToList();
                var status = krLinks.Count == 0 ? (supportedBy.Count > 0 ? CoverageStatus.BackedThroughSupport : CoverageStatus.Unbacked)
                    : gap is null ? CoverageStatus.Backed
                    : krLinks.All(l => l.Expected is null) ? CoverageStatus.Unquantified
                    : expected >= gap.Value - 1e-9 ? CoverageStatus.Covered
                    : CoverageStatus.UnderBacked;
                coverage.Add(new KrCoverage(kr, objective, Priorities.Of(objective, kr), direction, status, start, basis, gap, expected, effort, krLinks, supportedBy));
            }
        }

        return coverage;
    }

    private static MetricDirection DirectionOf(KeyResult kr, double? current)
    {
        if (kr.Direction is { } direction)
        {
            return direction;
        }

        var start = kr.Baseline ?? current;
        return kr.EffectiveTarget is { } target && start is { } from && target < from ? MetricDirection.Decrease : MetricDirection.Increase;
    }

    private static Dictionary<OkrRef, double> LatestValues(OkrWorkspace workspace, Cycle? cycle) =>
        workspace.CheckIns
            .Where(c => c.Value is not null && (cycle is null || cycle.Contains(c.Date)))
            .GroupBy(c => c.KeyResult)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Date)!.Value!.Value);

    private static ILookup<OkrRef, Objective> Supporters(IReadOnlyList<Objective> objectives) =>
        objectives.SelectMany(o => o.Supports.Select(s => (Target: s.Target, Objective: o))).ToLookup(p => p.Target, p => p.Objective);

    private static IEnumerable<Objective> SupportersOf(ILookup<OkrRef, Objective> supporters, Objective objective, KeyResult kr) =>
        supporters[kr.Ref].Concat(supporters[objective.Ref]).Where(o => o.Ref != objective.Ref);
}

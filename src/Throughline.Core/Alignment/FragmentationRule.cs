using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;

namespace Throughline.Core.Alignment;

/// <summary>
/// AL005: one company objective decomposed into objectives of at least <see cref="MinUnits"/> units, none of them a
/// shared objective, where at least two units measure the same kind of outcome (one metric family) with different
/// metrics or different definitions of one metric: the outcome has fragmented into departmental versions.
/// </summary>
internal static class FragmentationRule
{
    public const int MinUnits = 3;

    public static IEnumerable<AlignmentFinding> Find(AlignmentContext context)
    {
        var supporters = context.Teams
            .Where(o => !AlignmentContext.IsHealth(o))
            .SelectMany(o => o.Supports.Select(l => (Objective: o, Target: l.Target.ObjectiveRef)))
            .ToLookup(p => p.Target, p => p.Objective);
        foreach (var company in context.Company)
        {
            var objectives = supporters[company.Ref].Distinct().ToList();
            var units = objectives.Select(AlignmentContext.UnitOf).Distinct(StringComparer.Ordinal).ToList();
            if (units.Count < MinUnits || objectives.Any(o => o.IsShared))
            {
                continue;
            }

            var companyMetrics = company.KeyResults.Select(context.MetricOf).OfType<KnownMetric>().Select(m => m.CanonicalId).ToHashSet(StringComparer.Ordinal);
            var measures = objectives
                .SelectMany(o => o.KeyResults.Select(k => (Unit: AlignmentContext.UnitOf(o), KeyResult: k, Metric: context.MetricOf(k))))
                .Where(p => p.Metric is { } m && !(m.FromCatalogue && m.Like is null) && !companyMetrics.Contains(m.CanonicalId))
                .ToList();
            var diverging = measures
                .GroupBy(p => p.Metric!.Family)
                .Where(g => g.Select(p => p.Unit).Distinct(StringComparer.Ordinal).Count() >= 2
                    && g.Select(p => $"{p.Metric!.CanonicalId}|{p.KeyResult.Measurement.Source}").Distinct(StringComparer.Ordinal).Count() >= 2)
                .ToList();
            if (diverging.Count == 0)
            {
                continue;
            }

            var involved = diverging.SelectMany(g => g.Select(p => p.Unit)).Distinct(StringComparer.Ordinal).ToList();
            var perUnit = objectives
                .GroupBy(AlignmentContext.UnitOf, StringComparer.Ordinal)
                .Select(g => $"{g.Key}: {string.Join(", ", g.Select(o => o.Ref))} measuring {string.Join(", ", g.SelectMany(o => o.KeyResults).Select(k => k.Metric ?? k.Ref.LocalId).Distinct(StringComparer.Ordinal))}");
            var overlap = diverging.Select(g => $"{g.Key.ToString().ToLowerInvariant()}: " + string.Join(", ", g.Select(p => $"{p.KeyResult.Ref} {p.Metric!.Name}{(p.KeyResult.Measurement.Source is { } s ? $" ({s})" : "")}").Distinct(StringComparer.Ordinal)));
            var agreed = diverging.SelectMany(g => g).GroupBy(p => p.Metric!.CanonicalId, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().First().Metric!;
            yield return new AlignmentFinding(
                "AL005", Severity.Warning, company.Ref.ToString(), units,
                $"Company objective {company.Ref} \"{company.Title}\" has fragmented into {objectives.Count} objectives of {units.Count} units ({string.Join(", ", units)}) that measure the same outcome in different ways, and none is shared.",
                $"{string.Join("; ", perUnit)}. Same outcome, different metrics — {string.Join("; ", overlap)}.",
                $"Propose one shared objective for {company.Ref}, e.g. \"{company.Title}\" with {string.Join(", ", units)} as contributors, each with its contribution statement, and one agreed metric for the {string.Join(" / ", diverging.Select(g => g.Key.ToString().ToLowerInvariant()))} outcome (e.g. {agreed.Name}, one definition). Units most affected: {string.Join(", ", involved)}.",
                company.Origin);
        }
    }
}

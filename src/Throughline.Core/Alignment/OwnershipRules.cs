using Throughline.Core.Diagnostics;

namespace Throughline.Core.Alignment;

/// <summary>
/// Ownership diagnostics: AL008 duplicated ownership (KRs of several units on one metric, none a contributor to the
/// other and none on a shared objective) and AL009 missing ownership (a shared objective's contributor with no
/// contribution statement).
/// </summary>
internal static class OwnershipRules
{
    private const int MaxListed = 6;

    public static IEnumerable<AlignmentFinding> Find(AlignmentContext context)
    {
        var groups = context.Teams
            .Where(o => !o.IsShared)
            .SelectMany(o => o.KeyResults.Select(k => (Unit: AlignmentContext.UnitOf(o), KeyResult: k, Metric: context.MetricOf(k))))
            .Where(p => p.Metric is not null)
            .GroupBy(p => p.Metric!.FromCatalogue ? p.Metric.Id : p.Metric.CanonicalId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var owners = group.GroupBy(p => p.Unit, StringComparer.Ordinal).Select(g => g.First()).ToList();
            var contributors = group.SelectMany(p => p.KeyResult.Contributors).ToHashSet(StringComparer.Ordinal);
            var independent = owners.Where(p => !contributors.Contains(p.Unit)).ToList();
            if (independent.Count < 2)
            {
                continue;
            }

            var metric = group.First().Metric!;
            var units = independent.Select(p => p.Unit).ToList();
            yield return new AlignmentFinding(
                "AL008", Severity.Info, group.Key, units,
                $"{independent.Count} units each own a KR on {metric.Name} and none lists the other as a contributor: duplicated ownership of one number.",
                string.Join("; ", independent.Take(MaxListed).Select(p => $"{p.KeyResult.Ref} \"{p.KeyResult.Text}\"")) + (independent.Count > MaxListed ? $"; and {independent.Count - MaxListed} more" : string.Empty),
                $"Name one owner of {metric.Name} and make the other units contributors of that KR (`contributors`), or give them a metric of their own.",
                independent[0].KeyResult.Origin);
        }

        foreach (var objective in context.Teams.Where(o => o.IsShared))
        {
            var silent = objective.Contributors.Where(c => string.IsNullOrWhiteSpace(c.Statement)).Select(c => c.Unit).ToList();
            if (silent.Count == 0)
            {
                continue;
            }

            yield return new AlignmentFinding(
                "AL009", Severity.Warning, objective.Ref.ToString(), silent,
                $"Shared objective {objective.Ref} \"{objective.Title}\" lists {string.Join(", ", silent)} as contributors without saying what they contribute: nobody can tell who owns which part.",
                $"Contributors: {string.Join(", ", objective.Contributors.Select(c => string.IsNullOrWhiteSpace(c.Statement) ? $"{c.Unit} (no contribution)" : c.Unit))}.",
                $"Give {string.Join(" and ", silent)} a contribution statement each: what they change, in their own area.",
                objective.Origin);
        }
    }
}

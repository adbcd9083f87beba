using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// Coverage of company objectives and key results by explicit team links: direct metric, driver metric or enabler,
/// and the verdict covered / thin / uncovered (AL002, AL007). Team key results on the same metric that do not link
/// are listed as unclaimed suggestions, never counted.
/// </summary>
internal static class CoverageAnalysis
{
    public const string CoveredMeaning = "Team KRs move its metric or a driver of it.";
    public const string ThinMeaning = "Only enablers or outputs support it: nothing measured moves its metric, so nobody will see it move until the quarter is over.";
    public const string UncoveredMeaning = "No team objective or KR supports it: either the strategy needs work or the product teams' scope needs clarification.";

    public static List<Coverage> Run(AlignmentContext context)
    {
        var byMetric = context.Teams
            .SelectMany(o => o.KeyResults)
            .Select(k => (KeyResult: k, Metric: context.MetricOf(k)))
            .Where(p => p.Metric is not null)
            .GroupBy(p => p.Metric!.CanonicalId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.KeyResult).ToList(), StringComparer.Ordinal);
        var links = context.Teams
            .SelectMany(o => o.Supports.Select(l => (Objective: o, Link: l)))
            .ToLookup(p => p.Link.Target.ObjectiveRef);
        var result = new List<Coverage>();
        foreach (var company in context.Company)
        {
            var objectiveLinks = links[company.Ref].ToList();
            var all = new List<CoverageContribution>();
            foreach (var keyResult in company.KeyResults)
            {
                var coverage = ForKeyResult(context, company, keyResult, objectiveLinks, byMetric);
                all.AddRange(coverage.Contributions);
                result.Add(coverage);
            }

            foreach (var (objective, link) in objectiveLinks.Where(p => !p.Link.Target.IsKeyResult))
            {
                if (!all.Any(c => c.Source == objective.Ref))
                {
                    var score = LinkEvidence.Score(context, objective, link);
                    all.Add(new CoverageContribution(AlignmentContext.UnitOf(objective), objective.Ref, ContributionKind.Enabler, score.Strength, score.Reason));
                }
            }

            var distinct = all.GroupBy(c => (c.Unit, c.Source)).Select(g => g.MinBy(c => c.Kind)!).OrderBy(c => c.Kind).ThenByDescending(c => c.Score).ToList();
            var verdict = Verdict(distinct);
            result.Insert(result.Count - company.KeyResults.Count, new Coverage(company.Ref, verdict, distinct, MeaningOf(verdict), []));
        }

        return result;
    }

    public static IEnumerable<AlignmentFinding> Findings(AlignmentContext context, IReadOnlyList<Coverage> coverage)
    {
        foreach (var item in coverage.Where(c => c.Target.IsKeyResult))
        {
            var keyResult = context.FindKeyResult(item.Target)!;
            if (item.Verdict == CoverageVerdict.Uncovered)
            {
                var owner = OwnerSuggester.Suggest(context, keyResult);
                var unclaimed = item.Unclaimed.Count > 0 ? $" Unlinked team KRs on the same metric: {string.Join(", ", item.Unclaimed)}." : string.Empty;
                yield return new AlignmentFinding(
                    "AL002", Severity.Warning, item.Target.ToString(), owner is null ? [] : [owner.Unit],
                    $"Company KR {item.Target} \"{keyResult.Text}\" is supported by no team objective or KR. {UncoveredMeaning}",
                    $"No objective links to {item.Target} or to {item.Target.ObjectiveRef} with a KR on {context.MetricOf(keyResult)?.Name ?? "its metric"}.{unclaimed}",
                    owner is null
                        ? "Name an owning unit for it, or drop the KR if no team can move it this cycle."
                        : $"Ask {owner.Unit} to own it ({owner.Reason}), or question the KR.",
                    keyResult.Origin);
            }
            else if (item.Verdict == CoverageVerdict.Thin)
            {
                yield return new AlignmentFinding(
                    "AL007", Severity.Info, item.Target.ToString(), [.. item.Contributions.Select(c => c.Unit).Distinct(StringComparer.Ordinal)],
                    $"Company KR {item.Target} is supported only by enablers or outputs. {ThinMeaning}",
                    "Contributions: " + string.Join("; ", item.Contributions.Select(c => $"{c.Source} ({c.Unit}, {c.Score}/5)")),
                    $"Add a team KR on {context.MetricOf(keyResult)?.Name ?? "its metric"} or on a metric that drives it.",
                    keyResult.Origin);
            }
        }
    }

    private static Coverage ForKeyResult(
        AlignmentContext context, Objective company, KeyResult keyResult,
        IReadOnlyList<(Objective Objective, ParentLink Link)> objectiveLinks, Dictionary<string, List<KeyResult>> byMetric)
    {
        var metric = context.MetricOf(keyResult);
        var contributions = new List<CoverageContribution>();
        foreach (var (objective, link) in objectiveLinks)
        {
            var onThisKr = link.Target == keyResult.Ref;
            if (link.Target.IsKeyResult && !onThisKr)
            {
                continue;
            }

            var (kind, reason) = KindOf(context, objective, metric);
            if (!onThisKr && kind == ContributionKind.Enabler)
            {
                continue;
            }

            var score = LinkEvidence.Score(context, objective, link with { Target = keyResult.Ref }).Strength;
            contributions.Add(new CoverageContribution(AlignmentContext.UnitOf(objective), objective.Ref, kind, score, reason));
        }

        var claimed = contributions.Select(c => c.Source).ToHashSet();
        var unclaimed = metric is not null && byMetric.TryGetValue(metric.CanonicalId, out var same)
            ? same.Where(k => !claimed.Contains(k.Ref.ObjectiveRef)).Select(k => k.Ref).Take(5).ToList()
            : [];
        var verdict = Verdict(contributions);
        return new Coverage(keyResult.Ref, verdict, [.. contributions.OrderBy(c => c.Kind).ThenByDescending(c => c.Score)], MeaningOf(verdict), unclaimed);
    }

    private static (ContributionKind Kind, string Reason) KindOf(AlignmentContext context, Objective objective, KnownMetric? target)
    {
        if (target is null)
        {
            return (ContributionKind.Enabler, "the company KR names no known metric");
        }

        var best = (Kind: ContributionKind.Enabler, Reason: $"no KR of {objective.Ref} measures {target.Name} or a driver of it");
        foreach (var keyResult in objective.KeyResults)
        {
            if (context.MetricOf(keyResult) is not { } metric)
            {
                continue;
            }

            var relation = MetricRelations.Relate(context.Knowledge, metric, target);
            if (relation == MetricRelation.Same)
            {
                return (ContributionKind.DirectMetric, $"{keyResult.Ref} measures {target.Name}");
            }

            if (relation is MetricRelation.Driver or MetricRelation.IndirectDriver && best.Kind == ContributionKind.Enabler)
            {
                best = (ContributionKind.DriverMetric, $"{keyResult.Ref} measures {metric.Name}, which {MetricRelations.Describe(relation)} {target.Name}");
            }
        }

        return best;
    }

    private static CoverageVerdict Verdict(IReadOnlyList<CoverageContribution> contributions) =>
        contributions.Any(c => c.Kind != ContributionKind.Enabler) ? CoverageVerdict.Covered
        : contributions.Count > 0 ? CoverageVerdict.Thin
        : CoverageVerdict.Uncovered;

    private static string MeaningOf(CoverageVerdict verdict) => verdict switch
    {
        CoverageVerdict.Covered => CoveredMeaning,
        CoverageVerdict.Thin => ThinMeaning,
        _ => UncoveredMeaning,
    };
}

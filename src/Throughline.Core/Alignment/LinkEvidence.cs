using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// The strength of an explicit link, from <see cref="ConnectionScorer"/>, with one more check: when the link rests only on
/// stated intent (the contribution statement or title names a related metric) while every metric the objective's KRs
/// actually measure is a vanity metric with no path to the parent's metrics, the claim is not evident and scores 1/5.
/// </summary>
internal static class LinkEvidence
{
    public static ConnectionStrength Score(AlignmentContext context, Objective objective, ParentLink link)
    {
        var parent = context.FindObjective(link.Target);
        var strength = context.Scorer.Score(objective, link, parent);
        if (parent is null || strength.Strength <= 1)
        {
            return strength;
        }

        var parentMetrics = (link.Target.IsKeyResult ? parent.KeyResults.Where(k => k.Ref == link.Target) : parent.KeyResults)
            .Select(context.MetricOf).OfType<KnownMetric>().ToList();
        var measured = objective.KeyResults.Select(context.MetricOf).OfType<KnownMetric>().ToList();
        if (parentMetrics.Count == 0 || measured.Count == 0 || !measured.All(m => IsVanity(context.Knowledge, m)))
        {
            return strength;
        }

        var related = measured.Any(m => parentMetrics.Any(p => MetricRelations.Relate(context.Knowledge, m, p) is not (MetricRelation.None or MetricRelation.DrivenBy)));
        return related
            ? strength
            : strength with
            {
                Strength = 1,
                Reason = $"Claimed, not evident: {objective.Ref} measures only {string.Join(", ", measured.Select(m => m.Name).Distinct(StringComparer.Ordinal))} (vanity metrics), with no known path to {string.Join(", ", parentMetrics.Select(m => m.Name).Distinct(StringComparer.Ordinal))}; the link rests on the contribution statement alone ({strength.Reason})",
            };
    }

    private static bool IsVanity(KnowledgeBase knowledge, KnownMetric metric) =>
        metric.IsVanity || (metric.Like is { } like && knowledge.Find(like)?.IsVanity == true);
}

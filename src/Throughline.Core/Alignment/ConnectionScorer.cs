using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// Scores the 1-5 connection strength of a team objective to each objective or key result it claims to support
/// (<see cref="ConnectionStrength"/>), from the metrics its key results measure, the knowledge base's driver
/// relations and families, and — when no metric connects — the meaningful words the two share.
/// </summary>
public sealed class ConnectionScorer
{
    private readonly KnowledgeBase _knowledge;
    private readonly Func<KeyResult, KnownMetric?> _metricOf;
    private readonly SharedTerms _terms;

    /// <summary>Creates a scorer.</summary>
    /// <param name="knowledge">The knowledge base (extended with the workspace catalogue).</param>
    /// <param name="metricOf">The metric a key result measures, or null.</param>
    public ConnectionScorer(KnowledgeBase knowledge, Func<KeyResult, KnownMetric?> metricOf)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        _metricOf = metricOf ?? throw new ArgumentNullException(nameof(metricOf));
        _terms = new SharedTerms(knowledge);
    }

    /// <summary>The connection of <paramref name="objective"/> to the target of <paramref name="link"/>.</summary>
    /// <param name="objective">The supporting (team) objective.</param>
    /// <param name="link">One of its parent links.</param>
    /// <param name="parent">The objective the link points at (or whose key result it points at); null when missing.</param>
    public ConnectionStrength Score(Objective objective, ParentLink link, Objective? parent)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(link);
        if (parent is null)
        {
            return new ConnectionStrength(link.Target, 1, $"{link.Target} is not an objective of this cycle, so nothing can connect to it.");
        }

        var parentKeyResults = link.Target.KeyResult is null
            ? parent.KeyResults
            : [.. parent.KeyResults.Where(k => k.Ref == link.Target)];
        var best = BestMetricLink(objective, link, parent, parentKeyResults);
        if (best is { Strength: >= 3 })
        {
            return new ConnectionStrength(link.Target, best.Strength, best.Reason);
        }

        var ours = _terms.Terms([objective.Title, objective.Why, link.Contribution, .. objective.KeyResults.Select(k => k.Text)]);
        var theirs = _terms.Terms([parent.Title, parent.Why, .. parentKeyResults.Select(k => k.Text)]);
        var common = SharedTerms.Common(ours, theirs);
        if (best is not null)
        {
            var words = common.Count > 0 ? $"; they share the words {string.Join(", ", common.Take(5))}" : string.Empty;
            return new ConnectionStrength(link.Target, best.Strength, best.Reason + words);
        }

        return common.Count > 0
            ? new ConnectionStrength(link.Target, 2, $"No KR of {objective.Ref} measures a metric related to {Describe(link.Target, parentKeyResults)}; the texts only share the words {string.Join(", ", common.Take(5))}.")
            : new ConnectionStrength(link.Target, 1, $"No KR of {objective.Ref} measures a metric related to {Describe(link.Target, parentKeyResults)}, and the texts share no meaningful word: no plausible line of sight.");
    }

    private Link? BestMetricLink(Objective objective, ParentLink link, Objective parent, IReadOnlyList<KeyResult> parentKeyResults)
    {
        var parentMetrics = parentKeyResults
            .Select(k => (Ref: k.Ref, Metric: _metricOf(k)))
            .Where(p => p.Metric is not null)
            .ToList();

        // An objective published without key results ("Grow incremental ACV") names its metric in its title.
        if (parentMetrics.Count == 0 && link.Target.KeyResult is null && _knowledge.Match(parent.Title)?.Metric is { } titleMetric)
        {
            parentMetrics.Add((parent.Ref, titleMetric));
        }

        if (parentMetrics.Count == 0)
        {
            return null;
        }

        var titled = _knowledge.Match(objective.Title)?.Metric;
        var stated = _knowledge.Match(link.Contribution)?.Metric;
        var ours = objective.KeyResults
            .Select(k => (KeyResult: k, Metric: _metricOf(k)))
            .Where(p => p.Metric is not null)
            .Select(p => (Label: $"{p.KeyResult.Ref.LocalId} measures {p.Metric!.Name}", Metric: (KnownMetric?)p.Metric, Cap: 5))
            .Append((Label: $"the objective's title names {titled?.Name}", Metric: titled, Cap: 3))
            .Append((Label: $"the stated contribution names {stated?.Name}", Metric: stated, Cap: 3))
            .Where(p => p.Metric is not null);

        Link? best = null;
        foreach (var (label, metric, cap) in ours)
        {
            foreach (var (parentRef, parentMetric) in parentMetrics)
            {
                var relation = MetricRelations.Relate(_knowledge, metric!, parentMetric!);
                var strength = Math.Min(cap, Strength(relation));
                if (relation == MetricRelation.None || (best is not null && best.Strength >= strength))
                {
                    continue;
                }

                var reason = relation == MetricRelation.Same
                    ? $"{label}, the metric of {parentRef}: it moves {(parentRef.IsKeyResult ? "the company KR" : "the objective's metric")} directly."
                    : $"{label}, which {MetricRelations.Describe(relation)} {parentMetric!.Name} ({parentRef}).";
                if (cap < 5)
                {
                    reason += " No KR measures it, so the link rests on intent.";
                }

                best = new Link(strength, reason);
            }
        }

        return best;
    }

    private static int Strength(MetricRelation relation) => relation switch
    {
        MetricRelation.Same => 5,
        MetricRelation.Driver => 4,
        MetricRelation.IndirectDriver or MetricRelation.SameFamily => 3,
        MetricRelation.DrivenBy => 2,
        _ => 1,
    };

    private string Describe(OkrRef target, IReadOnlyList<KeyResult> parentKeyResults)
    {
        var metrics = parentKeyResults.Select(k => _metricOf(k)?.Name).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return metrics.Count == 0 ? $"{target}" : $"{target} ({string.Join(", ", metrics)})";
    }

    private sealed record Link(int Strength, string Reason);
}

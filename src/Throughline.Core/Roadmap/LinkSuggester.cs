using System.Globalization;
using Throughline.Core.Alignment;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>
/// Infers which key results an initiative with no stated link may move, from its title, description and labels:
/// the metrics the text names and how they relate to each KR's metric (same, driver, family: the knowledge base's
/// driver relations), the meaningful words it shares with the KR and its objective, and whether the same unit owns
/// the KR. Scores are 0-1; only suggestions at or above <see cref="Threshold"/> are kept.
/// </summary>
public sealed class LinkSuggester
{
    /// <summary>The lowest score reported as a plausible link; below it an unlinked initiative is an orphan.</summary>
    public const double Threshold = 0.3;

    private readonly KnowledgeBase _knowledge;
    private readonly SharedTerms _terms;
    private readonly Lazy<List<Target>> _targets;
    private readonly Dictionary<(string, string), MetricRelation> _relations = [];

    /// <summary>Prepares the key results of <paramref name="objectives"/> as link targets.</summary>
    public LinkSuggester(KnowledgeBase knowledge, IEnumerable<Objective> objectives)
        : this(new KrMetrics(knowledge), objectives)
    {
    }

    internal LinkSuggester(KrMetrics metrics, IEnumerable<Objective> objectives)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(objectives);
        _knowledge = metrics.Knowledge;
        _terms = new SharedTerms(_knowledge);
        var list = objectives.ToList();

        // Built on the first suggestion: a roadmap whose initiatives all state their links never pays for it.
        _targets = new(() => [.. list.SelectMany(o => o.KeyResults.Select(k => new Target(o, k, metrics.Of(k), _terms.Terms([k.Text, k.Metric, o.Title]))))]);
    }

    /// <summary>The plausible key results for <paramref name="initiative"/>, best first, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<RoadmapLink> Suggest(Initiative initiative, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        var text = string.Join(". ", new[] { initiative.Title, initiative.Description }.Concat(initiative.Labels).Where(t => !string.IsNullOrWhiteSpace(t)));
        var metrics = _knowledge.MatchAll(text, 3);
        var words = _terms.Terms([initiative.Title, initiative.Description, .. initiative.Labels]);
        var suggestions = new List<RoadmapLink>();
        foreach (var target in _targets.Value)
        {
            if (QuickScore(initiative, metrics, words, target) < Threshold)
            {
                continue;
            }

            var (score, reasons) = Score(initiative, metrics, words, target);
            suggestions.Add(new RoadmapLink(initiative.Id, target.KeyResult.Ref, null, true, Math.Round(Math.Min(score, 0.95), 2), string.Join("; ", reasons)));
        }

        return [.. suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.KeyResult.ToString(), StringComparer.Ordinal).Take(max)];
    }

    // The same score as Score, without building the reasons: most KRs score 0 for a given initiative.
    private double QuickScore(Initiative initiative, IReadOnlyList<MetricMatch> metrics, IReadOnlyDictionary<string, string> words, Target target)
    {
        var score = 0.0;
        if (target.Metric is { } krMetric)
        {
            var best = MetricRelation.None;
            foreach (var match in metrics)
            {
                var relation = Relate(match.Metric, krMetric);
                if (relation > best && relation != MetricRelation.DrivenBy)
                {
                    best = relation;
                }
            }

            score += Points(best);
        }

        var shared = 0;
        foreach (var word in words.Keys)
        {
            shared += target.Words.ContainsKey(word) ? 1 : 0;
        }

        score += Math.Min(0.36, 0.12 * shared);
        return score > 0 && target.Objective.AccountableUnits.Contains(initiative.Unit, StringComparer.Ordinal) ? score + 0.1 : score;
    }

    private MetricRelation Relate(KnownMetric from, KnownMetric to)
    {
        if (!_relations.TryGetValue((from.Id, to.Id), out var relation))
        {
            relation = MetricRelations.Relate(_knowledge, from, to);
            _relations[(from.Id, to.Id)] = relation;
        }

        return relation;
    }

    private static double Points(MetricRelation relation) => relation switch
    {
        MetricRelation.Same => 0.55,
        MetricRelation.Driver => 0.4,
        MetricRelation.IndirectDriver => 0.25,
        MetricRelation.SameFamily => 0.12,
        _ => 0,
    };

    private (double Score, List<string> Reasons) Score(Initiative initiative, IReadOnlyList<MetricMatch> metrics, IReadOnlyDictionary<string, string> words, Target target)
    {
        var reasons = new List<string>();
        var score = 0.0;
        if (target.Metric is { } krMetric)
        {
            var best = (Relation: MetricRelation.None, Match: (MetricMatch?)null);
            foreach (var match in metrics)
            {
                var relation = Relate(match.Metric, krMetric);
                if (relation > best.Relation && relation != MetricRelation.DrivenBy)
                {
                    best = (relation, match);
                }
            }

            var points = Points(best.Relation);
            if (points > 0)
            {
                score += points;
                reasons.Add($"its text names \"{best.Match!.MatchedText}\" ({best.Match.Metric.Name}), which {MetricRelations.Describe(best.Relation)} the KR's metric {krMetric.Name}");
            }
        }

        var shared = SharedTerms.Common(words, target.Words);
        if (shared.Count > 0)
        {
            score += Math.Min(0.36, 0.12 * shared.Count);
            reasons.Add($"shares {string.Join(", ", shared.Select(w => $"\"{w}\""))} with the KR or its objective");
        }

        if (score > 0 && target.Objective.AccountableUnits.Contains(initiative.Unit, StringComparer.Ordinal))
        {
            score += 0.1;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"same unit ({initiative.Unit})"));
        }

        return (score, reasons);
    }

    private sealed record Target(Objective Objective, KeyResult KeyResult, KnownMetric? Metric, IReadOnlyDictionary<string, string> Words);
}

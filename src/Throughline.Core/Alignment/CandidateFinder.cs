using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// Infers which company key results a team key result may support. Company key results are indexed by metric and
/// family, and by the stems of their words, so a team key result is only compared with company key results whose
/// metric it is, drives, is driven by or shares a family with, or which share a word with it: never with every one.
/// </summary>
internal sealed class CandidateFinder
{
    private readonly AlignmentContext _context;
    private readonly List<(KeyResult KeyResult, KnownMetric? Metric, IReadOnlyDictionary<string, string> Terms)> _company = [];
    private readonly Dictionary<string, List<int>> _byMetric = new(StringComparer.Ordinal);
    private readonly Dictionary<MetricFamily, List<int>> _byFamily = [];
    private readonly Dictionary<string, List<int>> _byTerm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _verbs;

    public CandidateFinder(AlignmentContext context)
    {
        _context = context;
        _verbs = new HashSet<string>(
            context.Knowledge.Words("outcome_verbs").Concat(context.Knowledge.Words("attainment_verbs")).Concat(context.Knowledge.Words("output_verbs")),
            StringComparer.Ordinal);
        foreach (var objective in context.Company)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                var metric = context.MetricOf(keyResult);
                var terms = context.Terms.Terms([keyResult.Text, objective.Title]);
                var index = _company.Count;
                _company.Add((keyResult, metric, terms));
                if (metric is not null)
                {
                    Add(_byMetric, metric.CanonicalId, index);
                    if (!(metric.FromCatalogue && metric.Like is null))
                    {
                        Add(_byFamily, metric.Family, index);
                    }
                }

                foreach (var term in terms.Keys)
                {
                    Add(_byTerm, term, index);
                }
            }
        }
    }

    /// <summary>Ranked inferred candidates for <paramref name="keyResult"/> (score 2 and up), at most <paramref name="max"/>.</summary>
    public IReadOnlyList<LineOfSightCandidate> For(KeyResult keyResult, Objective objective, int max = 5)
    {
        var metric = _context.MetricOf(keyResult);
        var terms = _context.Terms.Terms([keyResult.Text]);
        var titleTerms = _context.Terms.Terms([objective.Title]);
        var blocked = new HashSet<int>();
        if (metric is not null)
        {
            foreach (var id in Related(metric))
            {
                if (_byMetric.TryGetValue(id, out var hits))
                {
                    blocked.UnionWith(hits);
                }
            }

            if (!(metric.FromCatalogue && metric.Like is null) && _byFamily.TryGetValue(metric.Family, out var family))
            {
                blocked.UnionWith(family);
            }
        }

        // Words are looked up for every KR: a known metric the knowledge base relates to no company metric
        // ("payment success rate" under "search-to-booking conversion") still shares its subject with the parent,
        // and one shared meaningful word is a weak (score 2) suggestion.
        foreach (var term in terms.Keys.Concat(titleTerms.Keys))
        {
            if (_byTerm.TryGetValue(term, out var hits))
            {
                blocked.UnionWith(hits);
            }
        }

        var found = new List<(LineOfSightCandidate Candidate, int Words)>();
        foreach (var index in blocked)
        {
            var (companyKr, companyMetric, companyTerms) = _company[index];
            var common = SharedTerms.Common(terms, companyTerms).Union(SharedTerms.Common(titleTerms, companyTerms), StringComparer.Ordinal)
                .Where(w => !_verbs.Contains(w))
                .ToList();
            var relation = metric is not null && companyMetric is not null ? MetricRelations.Relate(_context.Knowledge, metric, companyMetric) : MetricRelation.None;
            var score = relation switch
            {
                MetricRelation.Same => 5,
                MetricRelation.Driver => 4,
                MetricRelation.IndirectDriver or MetricRelation.SameFamily => 3,
                _ => common.Count >= 1 ? 2 : 0,
            };
            if (score < 2)
            {
                continue;
            }

            var reason = relation == MetricRelation.None
                ? $"no metric connects them; the texts share the words {string.Join(", ", common.Take(4))}"
                : relation == MetricRelation.Same
                    ? $"both measure {metric!.Name}"
                    : $"{metric!.Name} {MetricRelations.Describe(relation)} {companyMetric!.Name}";
            if (relation != MetricRelation.None && common.Count > 0)
            {
                reason += $"; shared words: {string.Join(", ", common.Take(3))}";
            }

            found.Add((new LineOfSightCandidate(companyKr.Ref, score, $"Suggested: {reason}.", false), common.Count));
        }

        AddSiblings(found, max);
        return [.. found
            .OrderByDescending(f => f.Candidate.Score)
            .ThenByDescending(f => f.Words)
            .ThenBy(f => f.Candidate.Target.ToString(), StringComparer.Ordinal)
            .Take(max)
            .Select(f => f.Candidate)];
    }

    /// <summary>
    /// When fewer than <paramref name="max"/> candidates were found, the other key results of the best candidate's
    /// objective join as weak suggestions: a team KR that relates to one KR of a company objective often serves a
    /// sibling ("ID verification pass rate" relates to "time to open an account" and serves "account opening
    /// completion").
    /// </summary>
    private void AddSiblings(List<(LineOfSightCandidate Candidate, int Words)> found, int max)
    {
        if (found.Count == 0 || found.Count >= max)
        {
            return;
        }

        var best = found.OrderByDescending(f => f.Candidate.Score).ThenByDescending(f => f.Words)
            .ThenBy(f => f.Candidate.Target.ToString(), StringComparer.Ordinal).First().Candidate.Target;
        var taken = found.Select(f => f.Candidate.Target).ToHashSet();
        foreach (var (sibling, _, _) in _company.Where(c => c.KeyResult.Ref.ObjectiveRef == best.ObjectiveRef && !taken.Contains(c.KeyResult.Ref)))
        {
            found.Add((new LineOfSightCandidate(sibling.Ref, 2, $"Suggested: another key result of {best.ObjectiveRef}, whose {best.LocalId} the text relates to.", false), 0));
        }
    }

    private IEnumerable<string> Related(KnownMetric metric)
    {
        var knowledge = _context.Knowledge;
        yield return metric.CanonicalId;
        var drives = metric.Drives.Count > 0 ? metric.Drives : knowledge.Find(metric.CanonicalId)?.Drives ?? [];
        foreach (var driven in drives)
        {
            yield return driven;
            foreach (var further in knowledge.Find(driven)?.Drives ?? [])
            {
                yield return further;
            }
        }

        foreach (var driver in knowledge.DriversOf(metric.CanonicalId))
        {
            yield return driver.Id;
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(value);
    }
}

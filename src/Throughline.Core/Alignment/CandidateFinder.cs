using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// Infers which company key results a team key result may support. Company key results are indexed by metric, by
/// family (the metric's and the families their words speak of) and by the stems of their words, so a team key result
/// is only compared with company key results whose metric it is, drives, is driven by or shares a family with, whose
/// family its own usually moves, or which share a word with it: never with every one.
/// </summary>
/// <remarks>
/// Candidates are ranked by score (5 same metric, 4 driver, 3 indirect driver or same family, 2 a shared word or a
/// family relation), then by weight: shared words count most, then how closely the families relate (same family in
/// both key results, the team's family usually moving the company's, or only through the objectives' titles).
/// </remarks>
internal sealed class CandidateFinder
{
    private readonly AlignmentContext _context;
    private readonly List<CompanyEntry> _company = [];
    private readonly Dictionary<string, List<int>> _byMetric = new(StringComparer.Ordinal);
    private readonly Dictionary<MetricFamily, List<int>> _byFamily = [];
    private readonly Dictionary<MetricFamily, List<int>> _byTheme = [];
    private readonly Dictionary<string, List<int>> _byTerm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _verbs;
    private readonly HashSet<string> _organisationWords;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string From, string To), MetricRelation> _relations = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<KnownMetric, List<int>> _byRelatedMetric = new(ReferenceEqualityComparer.Instance);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FamilySet, List<int>> _byThemes = new();

    /// <summary>
    /// Weight of one step of family closeness (0-3) against one shared word (up to 1): a family as broad as
    /// "acquisition" is weaker evidence than one specific word both texts use ("balances", "syncs").
    /// </summary>
    private const double ThemeWeight = 0.3;

    /// <summary>Weight of a sibling of the best candidate: the weakest evidence, below a relation through the titles only.</summary>
    private const double SiblingWeight = 0.3;

    public CandidateFinder(AlignmentContext context)
    {
        _context = context;
        _verbs = new HashSet<string>(
            context.Knowledge.Words("outcome_verbs").Concat(context.Knowledge.Words("attainment_verbs")).Concat(context.Knowledge.Words("output_verbs")),
            StringComparer.Ordinal);
        _organisationWords = new HashSet<string>(
            context.Workspace.Units.Where(u => u.Kind == UnitKind.Company).Select(u => u.Name).Append(context.Workspace.Organisation)
                .SelectMany(NameWords),
            StringComparer.OrdinalIgnoreCase);
        foreach (var objective in context.Company)
        {
            var titleFamilies = context.Cues.Of(objective.Title);
            foreach (var keyResult in objective.KeyResults)
            {
                var metric = context.MetricOf(keyResult);
                var terms = context.Terms.TermsOf([keyResult.Text, objective.Title]);
                var families = FamiliesOf(keyResult, metric);
                var index = _company.Count;
                _company.Add(new CompanyEntry(keyResult, metric, terms, families, titleFamilies));
                if (metric is not null)
                {
                    Add(_byMetric, metric.CanonicalId, index);
                    if (!IsUnknown(metric))
                    {
                        Add(_byFamily, metric.Family, index);
                    }
                }

                foreach (var family in families.Union(titleFamilies))
                {
                    Add(_byTheme, family, index);
                }

                foreach (var term in terms.Keys)
                {
                    Add(_byTerm, term, index);
                }
            }
        }
    }

    /// <summary>Ranked inferred candidates for <paramref name="keyResult"/> (score 2 and up), at most <paramref name="max"/>.</summary>
    public IReadOnlyList<LineOfSightCandidate> For(KeyResult keyResult, Objective objective, int max = 5) => For(keyResult, Read(objective), max);

    /// <summary>
    /// What <paramref name="objective"/>'s title and its team's name say ("patient-access", "Activation &amp;
    /// Onboarding": a team's name says what it works on), read once for all its key results. The unit's area is left
    /// out (a sentence listing everything a team touches matches everything), and so are the words of the
    /// organisation's own name ("Analytics" in "Core Analytics &amp; Reporting" at Acme Analytics).
    /// </summary>
    public TitleReading Read(Objective objective)
    {
        var unit = _context.FindUnit(AlignmentContext.UnitOf(objective));
        var name = unit is null ? [] : NameWords(unit.Name).Where(w => !_organisationWords.Contains(w));
        var about = $"{objective.Title}. {string.Join(' ', name)}";
        return new(_context.Terms.TermsOf([about]), _context.Cues.Of(about));
    }

    /// <summary>As <see cref="For(KeyResult, Objective, int)"/>, with the objective's title already read.</summary>
    public IReadOnlyList<LineOfSightCandidate> For(KeyResult keyResult, TitleReading title, int max = 5)
    {
        var metric = _context.MetricOf(keyResult);
        var terms = _context.Terms.TermsOf([keyResult.Text]);
        var (titleTerms, titleFamilies) = title;
        var families = FamiliesOf(keyResult, metric);
        var moved = _context.Cues.MovedBy(families);
        var seen = new bool[_company.Count];
        var blocked = new List<int>();
        if (metric is not null)
        {
            Mark(_byRelatedMetric.GetOrAdd(metric, RelatedCompanyKeyResults), seen, blocked);
        }

        // Words are looked up for every KR: a known metric the knowledge base relates to no company metric
        // ("payment success rate" under "search-to-booking conversion") still shares its subject with the parent,
        // and one shared meaningful word is a weak (score 2) suggestion.
        foreach (var term in terms.Keys)
        {
            Mark(_byTerm.GetValueOrDefault(term), seen, blocked);
        }

        foreach (var term in titleTerms.Keys)
        {
            Mark(_byTerm.GetValueOrDefault(term), seen, blocked);
        }

        // Families: a support KR ("contacts resolved in the app") usually moves satisfaction and retention even
        // when no metric relation or word connects it to "NPS" or "churn".
        var themes = families.Union(moved).Union(titleFamilies).Union(_context.Cues.MovedBy(titleFamilies));
        Mark(_byThemes.GetOrAdd(themes, CompanyKeyResultsAbout), seen, blocked);

        var found = new List<Scored>();
        foreach (var index in blocked)
        {
            var company = _company[index];
            var (shared, informativeness) = Shared(terms, titleTerms, company.Terms);
            var relation = metric is not null && company.Metric is not null
                ? _relations.GetOrAdd((metric.Id, company.Metric.Id), static (_, a) => MetricRelations.Relate(a.Knowledge, a.Team, a.Company), (_context.Knowledge, Team: metric, Company: company.Metric))
                : MetricRelation.None;
            var theme = Theme(families, moved, titleFamilies, company);
            var score = relation switch
            {
                MetricRelation.Same => 5,
                MetricRelation.Driver => 4,
                MetricRelation.IndirectDriver or MetricRelation.SameFamily => 3,
                _ => shared >= 1 || theme > 0 ? 2 : 0,
            };
            if (score >= 2)
            {
                found.Add(new Scored(index, score, Math.Min(informativeness, 3) + theme * ThemeWeight, relation, theme));
            }
        }

        found.Sort(Ranking);
        AddSiblings(found);
        found.Sort(Ranking);

        // Reasons are written only for the candidates returned.
        var candidates = new LineOfSightCandidate[Math.Min(max, found.Count)];
        for (var i = 0; i < candidates.Length; i++)
        {
            var f = found[i];
            candidates[i] = new LineOfSightCandidate(_company[f.Index].KeyResult.Ref, f.Score, Reason(f, metric, terms, titleTerms, families, moved, titleFamilies), false);
        }

        return candidates;
    }

    /// <summary>Best first: by score, then weight, then the company KR's reference.</summary>
    private int Ranking(Scored a, Scored b)
    {
        var order = b.Score.CompareTo(a.Score);
        order = order != 0 ? order : b.Weight.CompareTo(a.Weight);
        return order != 0 ? order : string.CompareOrdinal(_company[a.Index].Target, _company[b.Index].Target);
    }

    private string Reason(
        Scored scored, KnownMetric? metric, Dictionary<string, string> terms, Dictionary<string, string> titleTerms, FamilySet families, FamilySet moved, FamilySet titleFamilies)
    {
        var company = _company[scored.Index];
        if (scored.SiblingOf is { } best)
        {
            return $"Suggested: another key result of {best.ObjectiveRef}, whose {best.LocalId} the text relates to.";
        }

        var (common, fromText) = Common(terms, titleTerms, company.Terms);
        var reason = scored.Relation switch
        {
            MetricRelation.None when common.Count > 0 => $"no metric connects them; {Sharing(common, fromText)}",
            MetricRelation.None => $"no metric or word connects them, but {ThemeReason(scored.Theme, families, moved, titleFamilies, company)}",
            MetricRelation.Same => $"both measure {metric!.Name}",
            _ => $"{metric!.Name} {MetricRelations.Describe(scored.Relation)} {company.Metric!.Name}",
        };
        if (scored.Relation != MetricRelation.None && common.Count > 0)
        {
            reason += $"; shared words: {string.Join(", ", common.Take(3))}";
        }

        return $"Suggested: {reason}.";
    }

    /// <summary>Which words connect them, and where they come from: the KR's own text, or its objective's title and team's name.</summary>
    private static string Sharing(List<string> common, int fromText)
    {
        var words = common.Take(4).ToList();
        var inText = words.Take(fromText).ToList();
        var around = words.Skip(fromText).ToList();
        return (inText.Count, around.Count) switch
        {
            (_, 0) => $"the texts share the words {string.Join(", ", inText)}",
            (0, _) => $"the team's objective title or name shares the words {string.Join(", ", around)}",
            _ => $"the texts share the words {string.Join(", ", inText)}, and the team's objective title or name {string.Join(", ", around)}",
        };
    }

    /// <summary>
    /// The words (verbs aside) the team KR's text shares with the company KR, in order, then those only its objective's
    /// title or its team's name share, each once; and how many of them come from the KR's text.
    /// </summary>
    private (List<string> Common, int FromText) Common(Dictionary<string, string> terms, Dictionary<string, string> titleTerms, Dictionary<string, string> company)
    {
        var common = new List<string>();
        foreach (var (stem, word) in terms)
        {
            if (company.ContainsKey(stem) && !_verbs.Contains(word))
            {
                common.Add(word);
            }
        }

        common.Sort(StringComparer.Ordinal);
        var fromText = common.Count;
        foreach (var (stem, word) in titleTerms)
        {
            if (company.ContainsKey(stem) && !_verbs.Contains(word) && !common.Contains(word))
            {
                common.Add(word);
            }
        }

        common.Sort(fromText, common.Count - fromText, StringComparer.Ordinal);
        return (common, fromText);
    }

    /// <summary>
    /// How many meaningful words (verbs aside) the team KR's text and objective title share with a company KR, and what
    /// they say, summed: a word found in one company key result counts 1, a word most of them use ("players" in a game
    /// studio's OKRs) close to nothing (inverse document frequency). Counted on stems, without allocating.
    /// </summary>
    private (int Count, double Informativeness) Shared(
        Dictionary<string, string> terms, Dictionary<string, string> titleTerms, Dictionary<string, string> company)
    {
        var (count, total) = (0, 0.0);
        foreach (var (stem, word) in terms)
        {
            if (company.ContainsKey(stem) && !_verbs.Contains(word))
            {
                (count, total) = (count + 1, total + Idf(stem));
            }
        }

        foreach (var (stem, word) in titleTerms)
        {
            // The same word in the KR and its objective's title counts once.
            if (!(terms.TryGetValue(stem, out var inText) && inText == word) && company.ContainsKey(stem) && !_verbs.Contains(word))
            {
                (count, total) = (count + 1, total + Idf(stem));
            }
        }

        return (count, total);
    }

    private double Idf(string stem)
    {
        var n = _company.Count;
        var df = _byTerm.TryGetValue(stem, out var hits) ? hits.Count : 1;
        return Math.Log(1.0 + ((double)n / df)) / Math.Log(1.0 + n);
    }

    /// <summary>
    /// How closely the families relate, 0-3: the same family in both key results (3), the team key result's family
    /// usually moving the company's (2), or a relation only through the objectives' titles (1).
    /// </summary>
    private static int Theme(FamilySet families, FamilySet moved, FamilySet titleFamilies, CompanyEntry company)
    {
        if (!families.Intersect(company.Families).IsEmpty)
        {
            return 3;
        }

        if (!moved.Intersect(company.Families).IsEmpty)
        {
            return 2;
        }

        var target = company.Families.Union(company.TitleFamilies);
        return !families.Union(titleFamilies).Intersect(target).IsEmpty || !moved.Intersect(target).IsEmpty ? 1 : 0;
    }

    private static string ThemeReason(int strength, FamilySet families, FamilySet moved, FamilySet titleFamilies, CompanyEntry company)
    {
        var target = company.Families.Union(company.TitleFamilies);
        var team = families.Union(titleFamilies);
        return strength switch
        {
            3 => $"both are about {families.Intersect(company.Families)}",
            2 => $"{families} usually moves {moved.Intersect(company.Families)}",
            _ when !team.Intersect(target).IsEmpty => $"the team's objective (or its name) and {company.KeyResult.Ref.ObjectiveRef} are both about {team.Intersect(target)}",
            _ => $"{families} usually moves {moved.Intersect(target)}, which {company.KeyResult.Ref.ObjectiveRef} is about",
        };
    }

    /// <summary>The families a key result speaks of: its metric's (when the metric is known) and its words'.</summary>
    private FamilySet FamiliesOf(KeyResult keyResult, KnownMetric? metric)
    {
        var families = _context.Cues.Of(keyResult.Text);
        return metric is not null && !IsUnknown(metric) ? families.With(metric.Family) : families;
    }

    /// <summary>
    /// The other key results of the best candidate's objective join as weak suggestions: a team KR that relates to one KR of a company objective often serves a
    /// sibling ("ID verification pass rate" relates to "time to open an account" and serves "account opening
    /// completion").
    /// </summary>
    private void AddSiblings(List<Scored> found)
    {
        if (found.Count == 0)
        {
            return;
        }

        // found is ranked: its first is the best candidate.
        var best = _company[found[0].Index];
        for (var i = 0; i < _company.Count; i++)
        {
            if (_company[i].Objective == best.Objective && !Contains(found, i))
            {
                found.Add(new Scored(i, 2, SiblingWeight, MetricRelation.None, 0, best.KeyResult.Ref));
            }
        }
    }

    /// <summary>The company KRs whose metric a team metric is, drives, is driven by or shares a known family with.</summary>
    private List<int> RelatedCompanyKeyResults(KnownMetric metric)
    {
        var seen = new bool[_company.Count];
        var related = new List<int>();
        foreach (var id in Related(metric))
        {
            Mark(_byMetric.GetValueOrDefault(id), seen, related);
        }

        if (!IsUnknown(metric))
        {
            Mark(_byFamily.GetValueOrDefault(metric.Family), seen, related);
        }

        return related;
    }

    /// <summary>The company KRs whose key result or objective speaks of one of <paramref name="themes"/>.</summary>
    private List<int> CompanyKeyResultsAbout(FamilySet themes)
    {
        var seen = new bool[_company.Count];
        var about = new List<int>();
        foreach (var family in themes)
        {
            Mark(_byTheme.GetValueOrDefault(family), seen, about);
        }

        return about;
    }

    /// <summary>Adds the company KRs of <paramref name="hits"/> not yet seen.</summary>
    private static void Mark(List<int>? hits, bool[] seen, List<int> marked)
    {
        if (hits is null)
        {
            return;
        }

        foreach (var index in hits)
        {
            if (!seen[index])
            {
                seen[index] = true;
                marked.Add(index);
            }
        }
    }

    private static bool Contains(List<Scored> found, int index)
    {
        foreach (var f in found)
        {
            if (f.Index == index)
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<string> Related(KnownMetric metric)
    {
        var knowledge = _context.Knowledge;
        yield return metric.CanonicalId;
        if (knowledge.InverseOf(metric.CanonicalId) is { } inverse)
        {
            yield return inverse;
        }

        var drives = metric.Drives.Count > 0 ? metric.Drives : knowledge.Find(metric.CanonicalId)?.Drives ?? [];
        foreach (var driven in drives)
        {
            yield return driven;
            if (knowledge.InverseOf(driven) is { } drivenInverse)
            {
                yield return drivenInverse;
            }

            foreach (var further in knowledge.Find(driven)?.Drives ?? [])
            {
                yield return further;
                if (knowledge.InverseOf(further) is { } furtherInverse)
                {
                    yield return furtherInverse;
                }
            }
        }

        foreach (var driver in knowledge.DriversOf(metric.CanonicalId))
        {
            yield return driver.Id;
        }
    }

    /// <summary>A catalogue metric like no built-in one has only a default family: its family says nothing.</summary>
    private static bool IsUnknown(KnownMetric metric) => metric.FromCatalogue && metric.Like is null;

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

    private sealed record CompanyEntry(KeyResult KeyResult, KnownMetric? Metric, Dictionary<string, string> Terms, FamilySet Families, FamilySet TitleFamilies)
    {
        /// <summary>The key result's reference as text, the last tie-breaker of the ranking.</summary>
        public string Target { get; } = KeyResult.Ref.ToString();

        /// <summary>The key result's objective.</summary>
        public OkrRef Objective { get; } = KeyResult.Ref.ObjectiveRef;
    }

    /// <summary>The words of a unit's or organisation's name: "Core Analytics &amp; Reporting", "claims-cost".</summary>
    private static string[] NameWords(string name) => name.Split([' ', '-', '_', '&', '/', '.', ','], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What a team objective's title and its team's name say, read once for all its key results.</summary>
    internal sealed record TitleReading(Dictionary<string, string> Terms, FamilySet Families);

    /// <summary>A company KR scored for one team KR; <paramref name="SiblingOf"/> is set for a sibling of the best candidate.</summary>
    private readonly record struct Scored(int Index, int Score, double Weight, MetricRelation Relation, int Theme, OkrRef? SiblingOf = null);
}

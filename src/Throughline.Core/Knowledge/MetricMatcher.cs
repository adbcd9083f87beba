namespace Throughline.Core.Knowledge;

/// <summary>
/// Finds known metrics named in free text. Names and synonyms match as whole words, compared by stem so plurals and
/// inflections match (churned/churn, retaining/retention); hyphens and spaces are interchangeable; abbreviations
/// match case-insensitively but only as whole tokens; misspelt words of 5+ letters are corrected against the
/// metric vocabulary. Indexes are built once, so a match costs a few dictionary probes per word of text.
/// </summary>
internal sealed class MetricMatcher
{
    private const double NameScore = 1.0;
    private const double SynonymScore = 0.9;
    private const double InflectionScore = 0.8;
    private const double TypoScore = 0.7;

    private readonly Dictionary<string, List<MetricPhrase>> _byFirstStem = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly MetricTypoIndex _typos;
    private readonly HashSet<string> _qualifiedHeads;

    /// <param name="metrics">The metrics to find.</param>
    /// <param name="qualifiedHeads">
    /// Words that name another measure when they follow a metric's name ("booking conversion" is a conversion, "churn
    /// cost" a cost): the metric's name then only qualifies them.
    /// </param>
    public MetricMatcher(IReadOnlyList<KnownMetric> metrics, IReadOnlyList<string>? qualifiedHeads = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _qualifiedHeads = new HashSet<string>((qualifiedHeads ?? []).Select(w => MetricStemmer.Stem(w.ToLowerInvariant())), StringComparer.Ordinal);
        var vocabulary = new List<string>();
        foreach (var metric in metrics)
        {
            foreach (var phrase in metric.Synonyms.Select(s => MetricPhrase.From(metric, s, isName: false)).Prepend(MetricPhrase.From(metric, metric.Name, isName: true)).OfType<MetricPhrase>())
            {
                if (!_byFirstStem.TryGetValue(phrase.Stems[0], out var list))
                {
                    _byFirstStem[phrase.Stems[0]] = list = [];
                }

                list.Add(phrase);
                _stems.UnionWith(phrase.Stems);
                if (phrase.Kind != "abbreviation")
                {
                    vocabulary.AddRange(phrase.Raws);
                }
            }
        }

        _typos = new MetricTypoIndex(vocabulary);
    }

    /// <summary>The metrics whose name or synonym occurs in <paramref name="text"/>, best first, one match per metric.</summary>
    public IEnumerable<MetricMatch> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = MetricToken.Split(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        var stems = new string[tokens.Count];
        var typo = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            stems[i] = tokens[i].Stem;
            if (!_stems.Contains(stems[i]) && _typos.Correct(tokens[i].Raw) is { } corrected)
            {
                stems[i] = MetricStemmer.Stem(corrected);
                typo[i] = true;
            }
        }

        var candidates = new List<Candidate>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstStem.TryGetValue(stems[i], out var phrases))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (Fits(phrase, stems, i) is { } how)
                {
                    candidates.Add(new Candidate(phrase.Metric, i, i + phrase.Stems.Length, how.Score, how.How));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        return Rank(candidates, tokens, text, _qualifiedHeads);

        // A metric named by a plural count ("installs", "bookings", "tickets") is not the verb or the singular that
        // shares its stem ("Install 40,000 smart meters", "Book 40 demos", "ticket buyers", "new accounting"), unless
        // a measure word follows ("impression rate"). In a longer name only a verb form is refused: "weekly active
        // farms" are weekly actives.
        bool IsVerbOrSingular(MetricPhrase phrase, int last)
        {
            var word = tokens[last].Raw;
            if (!IsPlural(phrase.Raws[^1]) || IsPlural(word))
            {
                return false;
            }

            if (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }

            return phrase.Raws.Length == 1 && !(last + 1 < tokens.Count && MeasureWords.Contains(tokens[last + 1].Raw));
        }

        (double Score, string How)? Fits(MetricPhrase phrase, string[] textStems, int start)
        {
            if (start + phrase.Stems.Length > textStems.Length)
            {
                return null;
            }

            var exact = true;
            var corrected = false;
            for (var k = 0; k < phrase.Stems.Length; k++)
            {
                if (!string.Equals(phrase.Stems[k], textStems[start + k], StringComparison.Ordinal))
                {
                    return null;
                }

                corrected |= typo[start + k];
                exact &= string.Equals(phrase.Raws[k], tokens[start + k].Raw, StringComparison.Ordinal);
            }

            if (!exact && IsVerbOrSingular(phrase, start + phrase.Stems.Length - 1))
            {
                return null;
            }

            return corrected ? (TypoScore, "typo")
                : !exact ? (InflectionScore, "inflection")
                : phrase.Kind == "name" ? (NameScore, "name")
                : (SynonymScore, phrase.Kind);
        }
    }

    private static List<MetricMatch> Rank(List<Candidate> candidates, List<MetricToken> tokens, string text, HashSet<string> qualifiedHeads)
    {
        // What comes after "per" is the denominator, not the measure: "calls per 1,000 bookings" counts calls. A metric
        // named right before another measure's word only qualifies it: "booking conversion" is a conversion.
        var denominators = candidates.Where(c => IsDenominator(c, tokens, text)).ToList();
        candidates.RemoveAll(c => denominators.Any(d => d.Start < c.End && c.Start < d.End) || (c.End < tokens.Count && qualifiedHeads.Contains(tokens[c.End].Stem)));

        // Most KR texts name one metric once: skip the grouping and sorting below, which would return the same single match.
        if (candidates.Count <= 1)
        {
            return [.. candidates.Select(c => ToMatch(c, tokens, text))];
        }

        // A word belongs to the longest phrase it is part of: "users" in "weekly active users" names no metric of its own.
        // A metric word right before another metric's name qualifies it: "booking conversion" is a conversion.
        var kept = candidates.Where(c => !candidates.Any(o => o.Length > c.Length && o.Start < c.End && o.End > c.Start && !ReferenceEquals(o.Metric, c.Metric))).ToList();
        kept.RemoveAll(c => kept.Any(o => o.Start == c.End && !ReferenceEquals(o.Metric, c.Metric)));
        return [.. kept
            .GroupBy(c => c.Metric, ReferenceEqualityComparer.Instance)
            .Select(g => g.OrderByDescending(c => c.Score).ThenByDescending(c => c.Length).ThenBy(c => c.Start).First())
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Length)
            .ThenBy(c => c.Start)
            .Select(c => ToMatch(c, tokens, text))];
    }

    /// <summary>
    /// Whether the match is what something is counted per or a share of: the word before it, numbers skipped, is
    /// "per" ("calls per 1,000 bookings"), or a money metric follows a percentage and "of" ("royalty cost from 68% to 65%
    /// of revenue"). A percentage of people or accounts is a share of them ("80% of new accounts live in 30 days").
    /// </summary>
    private static bool IsDenominator(Candidate candidate, List<MetricToken> tokens, string text)
    {
        if (IsShareOf(candidate, tokens, text) || IsTimeAnchor(candidate, tokens))
        {
            return true;
        }

        if (candidate.Metric.Unit == Model.MeasureUnit.Currency && candidate.Start >= 2 && tokens[candidate.Start - 1].Raw == "of" && tokens[candidate.Start - 2].Raw.All(char.IsAsciiDigit)
            && text.AsSpan(tokens[candidate.Start - 2].End, tokens[candidate.Start - 1].Start - tokens[candidate.Start - 2].End).Contains('%'))
        {
            return true;
        }

        for (var i = candidate.Start - 1; i >= 0; i--)
        {
            if (!tokens[i].Raw.All(char.IsAsciiDigit))
            {
                return tokens[i].Raw == "per";
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the match names the people or things a percentage is taken of: "60% of new sign-ups finish their first
    /// lesson", "80% of online banking users enrolled" measure a share of them, not how many there are.
    /// </summary>
    private static bool IsShareOf(Candidate candidate, List<MetricToken> tokens, string text)
    {
        if (candidate.Metric.Unit != Model.MeasureUnit.Count)
        {
            return false;
        }

        // Up to three qualifying words may stand between "of" and the metric ("of online banking users").
        for (var i = candidate.Start - 1; i >= Math.Max(1, candidate.Start - 4); i--)
        {
            if (tokens[i].Raw == "of")
            {
                var number = tokens[i - 1];
                return number.Raw.All(char.IsAsciiDigit) && text.AsSpan(number.End, tokens[i].Start - number.End).Contains('%');
            }

            if (ShareBreakers.Contains(tokens[i].Raw))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the match only says when: "before their renewal date", "after renewal".</summary>
    private static bool IsTimeAnchor(Candidate candidate, List<MetricToken> tokens)
    {
        var i = candidate.Start - 1;
        if (i >= 0 && Determiners.Contains(tokens[i].Raw))
        {
            i--;
        }

        return i >= 0 && TimeAnchors.Contains(tokens[i].Raw);
    }

    /// <summary>A plural noun: ends in "s" but not in "ss", "us" or "is" ("loss", "status", "analysis").</summary>
    private static bool IsPlural(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i');

    private static readonly HashSet<string> MeasureWords = new(["rate", "rates", "count", "volume", "share", "ratio"], StringComparer.Ordinal);

    private static readonly HashSet<string> ShareBreakers = new(["to", "in", "who", "that", "which", "with", "by", "at", "on", "for", "from", "and", "or", "per"], StringComparer.Ordinal);

    private static readonly HashSet<string> Determiners = new(["the", "their", "its", "our", "each", "every", "a", "an", "next"], StringComparer.Ordinal);

    private static readonly HashSet<string> TimeAnchors = new(["before", "after", "until", "till", "prior", "ahead"], StringComparer.Ordinal);

    private static MetricMatch ToMatch(Candidate c, List<MetricToken> tokens, string text) =>
        new(c.Metric, c.Score, text[tokens[c.Start].Start..tokens[c.End - 1].End], c.How);

    private readonly record struct Candidate(KnownMetric Metric, int Start, int End, double Score, string How)
    {
        public int Length => End - Start;
    }
}

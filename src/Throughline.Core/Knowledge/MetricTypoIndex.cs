using System.Collections.Concurrent;

namespace Throughline.Core.Knowledge;

/// <summary>
/// Finds the metric word a misspelt word was meant to be: Damerau-Levenshtein (optimal string alignment) distance
/// at most 1 when both words have 5+ letters, at most 2 when both have 9+. Uses a symmetric-delete index built once,
/// so a lookup costs a handful of hash probes instead of a scan of the vocabulary; answers are cached.
/// </summary>
internal sealed class MetricTypoIndex
{
    private const int MinLength = 5;
    private const int TwoEditLength = 9;
    private const int CacheLimit = 100_000;

    /// <summary>
    /// Below this length one changed letter too often makes another real word ("lines" is not "likes", "views" not
    /// "vices"): short words are corrected only for a letter missing, added or swapped with its neighbour.
    /// </summary>
    private const int SubstitutionLength = 7;
    private readonly Dictionary<string, List<string>> _deletes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    public MetricTypoIndex(IEnumerable<string> vocabulary)
    {
        foreach (var word in vocabulary.Where(IsCandidate).Distinct(StringComparer.Ordinal))
        {
            foreach (var variant in Deletes(word, word.Length >= TwoEditLength ? 2 : 1))
            {
                if (!_deletes.TryGetValue(variant, out var words))
                {
                    _deletes[variant] = words = [];
                }

                words.Add(word);
            }
        }
    }

    /// <summary>The vocabulary word closest to <paramref name="word"/> within the allowed distance, or null.</summary>
    public string? Correct(string word)
    {
        if (!IsCandidate(word))
        {
            return null;
        }

        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var variant in Deletes(word, word.Length >= TwoEditLength ? 2 : 1))
        {
            if (!_deletes.TryGetValue(variant, out var words))
            {
                continue;
            }

            foreach (var candidate in words)
            {
                var allowed = Math.Min(word.Length, candidate.Length) >= TwoEditLength ? 2 : 1;
                var distance = Distance(word, candidate, allowed);
                if (word.Length < SubstitutionLength && IsOneSubstitution(word, candidate))
                {
                    continue;
                }

                if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }

        if (_cache.Count < CacheLimit)
        {
            _cache[word] = best;
        }

        return best;
    }

    private static bool IsOneSubstitution(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < a.Length; i++)
        {
            differences += a[i] == b[i] ? 0 : 1;
        }

        return differences == 1;
    }

    /// <summary>Optimal-string-alignment distance, giving up (returning <paramref name="max"/> + 1) once it must exceed <paramref name="max"/>.</summary>
    internal static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    private static bool IsCandidate(string word) => word.Length >= MinLength && word.All(char.IsLetter);

    private static HashSet<string> Deletes(string word, int depth)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var d = 0; d < depth; d++)
        {
            var next = new List<string>();
            foreach (var w in frontier)
            {
                for (var i = 0; i < w.Length; i++)
                {
                    var deleted = w.Remove(i, 1);
                    if (result.Add(deleted))
                    {
                        next.Add(deleted);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }
}

using System.Collections.Concurrent;

namespace Throughline.Core.Knowledge;

/// <summary>
/// A word as written, lower-cased and stemmed once: the analyses read the same few thousand words tens of thousands
/// of times, so each is looked up by its characters without allocating after the first time.
/// </summary>
internal static class WordStems
{
    /// <summary>Past this many distinct words the cache stops growing; later words are computed each time.</summary>
    private const int MaxWords = 200_000;

    private static readonly ConcurrentDictionary<string, (string Lower, string Stem)> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Lower, string Stem)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word lower-cased, and its stem.</summary>
    public static (string Lower, string Stem) Of(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        var lower = word.ToString().ToLowerInvariant();
        var entry = (lower, MetricStemmer.Stem(lower));
        if (Cache.Count < MaxWords)
        {
            Lookup.TryAdd(word, entry);
        }

        return entry;
    }
}

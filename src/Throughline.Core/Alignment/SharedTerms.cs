using Throughline.Core.Knowledge;

namespace Throughline.Core.Alignment;

/// <summary>
/// The meaningful words two OKR texts share: lower-cased, stemmed, without stop words and generic words
/// (<c>Knowledge/Data/words.common.json</c>), so "Grow activation" and "activated accounts" share "activ".
/// </summary>
public sealed class SharedTerms
{
    private readonly HashSet<string> _ignored;

    /// <summary>Creates a comparer over the knowledge base's stop, vague and generic word lists.</summary>
    public SharedTerms(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _ignored = new HashSet<string>(
            knowledge.Words("stop_words").Concat(knowledge.Words("vague_words")).Concat(knowledge.Words("generic_words")),
            StringComparer.Ordinal);
    }

    /// <summary>The stems of the meaningful words of <paramref name="texts"/>, mapped to one word as written.</summary>
    public IReadOnlyDictionary<string, string> Terms(IEnumerable<string?> texts) => TermsOf(texts);

    /// <summary>As <see cref="Terms"/>, typed so that enumerating it allocates nothing.</summary>
    internal Dictionary<string, string> TermsOf(IEnumerable<string?> texts)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var span in new TextWords(text))
            {
                if (span.Length <= 2 || !span.ContainsAnyExcept("0123456789"))
                {
                    continue;
                }

                var (word, stem) = WordStems.Of(span);
                if (!_ignored.Contains(word))
                {
                    terms.TryAdd(stem, word);
                }
            }
        }

        return terms;
    }

    /// <summary>The words (as written in <paramref name="a"/>) whose stems both term sets contain.</summary>
    public static IReadOnlyList<string> Common(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        [.. a.Where(t => b.ContainsKey(t.Key)).Select(t => t.Value).Order(StringComparer.Ordinal)];
}

namespace Throughline.Core.Knowledge;

/// <summary>
/// Reads which metric families a text speaks of from the knowledge base's family cue words, on their stems
/// ("renewals" and "renewal" are one cue), and which families those usually move.
/// </summary>
public sealed class FamilyCues
{
    private readonly Dictionary<string, FamilySet> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<MetricFamily, FamilySet> _moves = [];

    /// <summary>Indexes the cue words of <paramref name="knowledge"/>.</summary>
    public FamilyCues(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        foreach (var theme in knowledge.Families)
        {
            foreach (var cue in theme.Cues)
            {
                var stem = MetricStemmer.Stem(cue.ToLowerInvariant());
                _byStem[stem] = _byStem.GetValueOrDefault(stem).With(theme.Family);
            }

            _moves[theme.Family] = theme.Moves.Aggregate(_moves.GetValueOrDefault(theme.Family), (set, f) => set.With(f));
        }

        // A lever's single-word cues speak of its family too ("stops" per route is using assets fully: cost).
        foreach (var lever in knowledge.Levers.Levers.Where(l => l.Family is not null))
        {
            foreach (var cue in lever.Cues.Where(c => !c.Contains(' ', StringComparison.Ordinal)))
            {
                var stem = MetricStemmer.Stem(cue.ToLowerInvariant());
                _byStem[stem] = _byStem.GetValueOrDefault(stem).With(lever.Family!.Value);
            }
        }
    }

    /// <summary>The families the words of <paramref name="text"/> speak of.</summary>
    public FamilySet Of(string? text)
    {
        var found = default(FamilySet);
        foreach (var word in new TextWords(text))
        {
            if (word.Length > 1 && _byStem.TryGetValue(WordStems.Of(word).Stem, out var families))
            {
                found = found.Union(families);
            }
        }

        return found;
    }

    /// <summary>The families that <paramref name="families"/> usually move.</summary>
    public FamilySet MovedBy(FamilySet families)
    {
        var moved = default(FamilySet);
        foreach (var family in families)
        {
            moved = moved.Union(_moves.GetValueOrDefault(family));
        }

        return moved;
    }
}

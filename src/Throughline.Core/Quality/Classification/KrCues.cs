using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Throughline.Core.Knowledge;

namespace Throughline.Core.Quality.Classification;

/// <summary>The classifier's word lists, read once per knowledge base and split into words for matching.</summary>
internal sealed class KrCues
{
    private static readonly ConditionalWeakTable<KnowledgeBase, KrCues> Cache = [];
    private static readonly ConcurrentDictionary<string, HashSet<string>> Forms = new(StringComparer.Ordinal);

    private KrCues(KnowledgeBase knowledge)
    {
        OutputVerbs = Phrases(knowledge, "output_verbs");
        OutcomeVerbs = Phrases(knowledge, "outcome_verbs");
        AttainmentVerbs = Phrases(knowledge, "attainment_verbs");
        DeliverableNouns = Phrases(knowledge, "deliverable_nouns");
        DeliverableStates = Phrases(knowledge, "deliverable_states");
        ActivityNouns = Phrases(knowledge, "activity_nouns");
        ResultNouns = Phrases(knowledge, "result_nouns");
        Comparators = Phrases(knowledge, "measure_comparators");
        Fillers = knowledge.Words("lead_fillers").ToHashSet(StringComparer.Ordinal);
        Comparatives = knowledge.Words("change_comparatives").ToHashSet(StringComparer.Ordinal);
        People = knowledge.Words("people_nouns").ToHashSet(StringComparer.Ordinal);
        Assets = knowledge.Words("asset_nouns").ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string[]> OutputVerbs { get; }

    public IReadOnlyList<string[]> OutcomeVerbs { get; }

    public IReadOnlyList<string[]> AttainmentVerbs { get; }

    public IReadOnlyList<string[]> DeliverableNouns { get; }

    public IReadOnlyList<string[]> DeliverableStates { get; }

    public IReadOnlyList<string[]> ActivityNouns { get; }

    public IReadOnlyList<string[]> ResultNouns { get; }

    public IReadOnlyList<string[]> Comparators { get; }

    public IReadOnlySet<string> Fillers { get; }

    /// <summary>Comparatives that open a result to change: "fewer", "more", "shorter".</summary>
    public IReadOnlySet<string> Comparatives { get; }

    /// <summary>People whose behaviour a KR can be about: "users", "volunteers", "new hires".</summary>
    public IReadOnlySet<string> People { get; }

    /// <summary>Technical assets a practice can cover: "services", "repos", "endpoints".</summary>
    public IReadOnlySet<string> Assets { get; }

    public static KrCues For(KnowledgeBase knowledge) => Cache.GetValue(knowledge, k => new KrCues(k));

    /// <summary>The longest verb phrase of <paramref name="verbs"/> at <paramref name="at"/>, its first word inflected freely.</summary>
    public static string? VerbAt(IReadOnlyList<string> tokens, int at, IReadOnlyList<string[]> verbs) =>
        verbs.Where(v => Matches(tokens, at, v, inflect: true)).MaxBy(v => v.Length) is { } verb ? string.Join(' ', verb) : null;

    /// <summary>The first phrase of <paramref name="phrases"/> found in tokens [from, to), with its position.</summary>
    public static (string Phrase, int At)? Find(IReadOnlyList<string> tokens, IReadOnlyList<string[]> phrases, int from = 0, int? to = null)
    {
        var end = to ?? tokens.Count;
        for (var i = from; i < end; i++)
        {
            var hit = phrases.Where(p => Matches(tokens, i, p, inflect: false)).MaxBy(p => p.Length);
            if (hit is not null)
            {
                return (string.Join(' ', hit).TrimEnd('$'), i);
            }
        }

        return null;
    }

    private static bool Matches(IReadOnlyList<string> tokens, int at, string[] phrase, bool inflect)
    {
        var atEnd = phrase[^1].EndsWith('$');
        var words = atEnd ? [.. phrase[..^1], phrase[^1][..^1]] : phrase;
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var token = tokens[at + i];
            var ok = i == 0 && inflect ? Forms.GetOrAdd(words[0], Inflections).Contains(token) : token == words[i];
            if (!ok)
            {
                return false;
            }
        }

        return !atEnd || at + words.Length == tokens.Count;
    }

    private static HashSet<string> Inflections(string verb)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { verb, verb + "s", verb + "es", verb + "ed", verb + "ing" };
        if (verb.EndsWith('e'))
        {
            forms.Add(verb + "d");
            forms.Add(verb[..^1] + "ing");
        }

        if (verb.EndsWith('y'))
        {
            forms.Add(verb[..^1] + "ied");
            forms.Add(verb[..^1] + "ies");
        }

        if (verb.Length >= 3 && !"aeiouwxy".Contains(verb[^1], StringComparison.Ordinal) && "aeiou".Contains(verb[^2], StringComparison.Ordinal) && !"aeiou".Contains(verb[^3], StringComparison.Ordinal))
        {
            forms.Add(verb + verb[^1] + "ed");
            forms.Add(verb + verb[^1] + "ing");
        }

        return forms;
    }

    private static string[][] Phrases(KnowledgeBase knowledge, string list) =>
        [.. knowledge.Words(list).Select(w => w.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0)];
}

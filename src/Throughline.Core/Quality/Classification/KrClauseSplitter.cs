namespace Throughline.Core.Quality.Classification;

/// <summary>
/// Splits a key result's words into clauses at punctuation breaks, at a colon followed by a verb or a comparative, at joining words (and, with, so that, while, then)
/// and at "to"/"by" when a change verb follows ("launch X to increase conversion").
/// </summary>
internal static class KrClauseSplitter
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "&", "+", "with", "w/", "so", "that", "which", "while", "then", "plus", "whilst", "resulting", "leading", "thereby" };

    public static IReadOnlyList<IReadOnlyList<string>> Split(IReadOnlyList<string> tokens, KrCues cues)
    {
        var clauses = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token == KrText.Colon && !(i + 1 < tokens.Count && IsVerb(tokens, i + 1, cues)))
            {
                continue;
            }

            var splitsHere = token is KrText.Break or KrText.Colon || Joiners.Contains(token)
                || (token is "to" or "by" or "in" && i + 1 < tokens.Count && KrCues.VerbAt(tokens, i + 1, cues.OutcomeVerbs) is not null && current.Count > 0);
            if (splitsHere)
            {
                Flush(clauses, current);
                current = [];
                continue;
            }

            current.Add(token);
        }

        Flush(clauses, current);
        return clauses;
    }

    private static bool IsVerb(IReadOnlyList<string> tokens, int at, KrCues cues) =>
        cues.Comparatives.Contains(tokens[at]) || KrCues.VerbAt(tokens, at, cues.OutputVerbs) is not null || KrCues.VerbAt(tokens, at, cues.OutcomeVerbs) is not null
        || KrCues.VerbAt(tokens, at, cues.AttainmentVerbs) is not null;

    private static void Flush(List<IReadOnlyList<string>> clauses, List<string> current)
    {
        if (current.Count > 0)
        {
            clauses.Add(current);
        }
    }
}

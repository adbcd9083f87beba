using System.Text;
using System.Text.RegularExpressions;

namespace Throughline.Core.Parsing;

/// <summary>
/// Builds the metric phrase: the text with the leading verb, the values and their connectors, and the deadline left
/// out. "Increase weekly active users of advanced features from 5,000 to 8,000 by end of Q2" gives
/// "weekly active users of advanced features"; "Hire 3 senior engineers" gives "senior engineers hired".
/// </summary>
internal static partial class MetricPhraseExtractor
{
    private static readonly HashSet<string> EdgeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "of", "to", "from", "by", "at", "with", "for", "in", "on", "is", "be", "are", "the", "our", "a",
        "an", "up", "down", "than", "vs", "vs.", "while", "whilst", "around", "about", "approximately", "roughly",
        "least", "most", "plus", "into", "across", "within", "under", "over", "below", "above", "so", "that", "will",
        "we", "and/or", "then", "still", "keeping", "maintaining",
    };

    public static string? Extract(string text, TextRange scope, IReadOnlyList<TextRange> removed, VerbMatch? verb)
    {
        var chars = text[scope.Start..scope.End].ToCharArray();
        void Blank(int start, int end)
        {
            for (var i = Math.Max(start, scope.Start); i < Math.Min(end, scope.End); i++)
            {
                chars[i - scope.Start] = ' ';
            }
        }

        foreach (var range in removed)
        {
            Blank(range.Start, range.End);
        }

        if (verb is not null && scope.Contains(verb.Start))
        {
            var leading = text[scope.Start..verb.Start].All(c => !char.IsLetterOrDigit(c));
            var next = removed.Where(r => r.Start >= verb.End).Select(r => r.Start).DefaultIfEmpty(-1).Min();
            var beforeValue = next >= 0 && string.IsNullOrWhiteSpace(text[verb.End..next]);
            if (leading || beforeValue)
            {
                var article = ArticleRegex().Match(text, verb.End);
                Blank(verb.Start, article.Success && leading ? article.Index + article.Length : verb.End);
            }
        }

        var phrase = SpacesRegex().Replace(new string(chars), " ");
        var clause = TrailingClauseRegex().Match(phrase);
        phrase = Tidy(clause.Success && phrase[..clause.Index].Any(char.IsLetter) ? phrase[..clause.Index] : phrase);
        if (verb is { Kind: VerbKind.Action, Participle: { } participle } && phrase.Length > 0)
        {
            var preposition = PrepositionRegex().Match(phrase);
            phrase = preposition.Success
                ? $"{phrase[..preposition.Index]} {participle}{phrase[preposition.Index..]}"
                : $"{phrase} {participle}";
        }

        return phrase.Any(char.IsLetter) ? LowerFirst(phrase) : null;
    }

    private static string Tidy(string phrase)
    {
        var s = phrase;
        string before;
        do
        {
            before = s;
            s = EmptyGroupRegex().Replace(SpacesRegex().Replace(s, " "), " ");
            s = StrayOperatorRegex().Replace(s, " ");
            s = ColonRegex().Replace(s, " ");
            s = SlashPerRegex().Replace(s, " per ");
            s = BalanceBrackets(SpacesRegex().Replace(s, " ").Trim());
            s = TrimEdges(ShareRegex().Replace(s, "share of"));

            // "Crashes for under 1% of sessions" without its value leaves "for of": the share's "of" goes.
            s = DanglingOfRegex().Replace(s, "${p}");

            // "from 14/month to 5/month" names its period twice.
            s = RepeatedPerRegex().Replace(s, "${per}");

            // What the numbers said, left behind once they are read: "from 7 last half to 2 or fewer", "(currently
            // ~1.1%, which is costing us $22k/month)", and a verb after the measure ("Referral share goes from 9% to
            // 20%", "Damaged-in-transit complaints cut in half").
            s = LeftoverQualifierRegex().Replace(s, " ");
            s = TrailingMotionRegex().Replace(s, "");
        }
        while (s != before);

        return s;
    }

    private static string TrimEdges(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (EdgeWords.Contains(words[0]) || words[0].All(c => !char.IsLetterOrDigit(c))))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && (EdgeWords.Contains(words[^1]) || words[^1].All(c => !char.IsLetterOrDigit(c))))
        {
            words.RemoveAt(words.Count - 1);
        }

        var joined = string.Join(' ', words);
        return joined.Trim(',', ';', ':', '-', '–', '—', '|', '/', '&', '+', ' ');
    }

    private static string BalanceBrackets(string phrase)
    {
        var open = new Stack<int>();
        var drop = new HashSet<int>();
        for (var i = 0; i < phrase.Length; i++)
        {
            if (phrase[i] is '(' or '[')
            {
                open.Push(i);
            }
            else if (phrase[i] is ')' or ']')
            {
                if (!open.TryPop(out _))
                {
                    drop.Add(i);
                }
            }
        }

        drop.UnionWith(open);
        var builder = new StringBuilder(phrase.Length);
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!drop.Contains(i))
            {
                builder.Append(phrase[i]);
            }
        }

        return builder.ToString().Trim();
    }

    private static string LowerFirst(string phrase) =>
        CapitalisedWordRegex().IsMatch(phrase) ? char.ToLowerInvariant(phrase[0]) + phrase[1..] : phrase;

    [GeneratedRegex(@"\G\s*(?:the|our|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"\s(?:to|in|on|for|with|from|into|across|at|per|within|by|via|under|over|through|during|after|before|among|between|using|onto)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionRegex();

    [GeneratedRegex(@"\(\s*[,;:/\-–—]*\s*\)|\[\s*[,;:/\-–—]*\s*\]")]
    private static partial Regex EmptyGroupRegex();

    [GeneratedRegex(@"(?<!\S)(?:<=?|>=?|≥|≤|=|→|->|=>|~|\+|[-–—]>?)(?!\S)(?!\s*\d)")]
    private static partial Regex StrayOperatorRegex();

    [GeneratedRegex(@"\s*[:;]\s+|\s+[:;]\s*")]
    private static partial Regex ColonRegex();

    [GeneratedRegex(@"\s+/\s*(?=(?:month|mo|year|yr|week|wk|day|quarter|qtr|hour|hr|user|seat|customer|account|order|request)s?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SlashPerRegex();

    /// <summary>Where a guardrail or purpose clause starts ("… without slowing p95 queries", "… so that churn falls").</summary>
    [GeneratedRegex(@"[\s,]+(?:while|whilst|without|so\s+that|in\s+order\s+to)\s", RegexOptions.IgnoreCase)]
    internal static partial Regex TrailingClauseRegex();

    [GeneratedRegex(@"^(?:%|percent|percentage)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareRegex();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpacesRegex();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:\s|$|[,:])")]
    private static partial Regex CapitalisedWordRegex();

    [GeneratedRegex(@"\b(?<p>for|in|on|at|across|among)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingOfRegex();

    [GeneratedRegex(@"(?<per>\bper\s+\w+)(?:\s+\k<per>\b)+", RegexOptions.IgnoreCase)]
    private static partial Regex RepeatedPerRegex();

    [GeneratedRegex(@"\bvs\.?\s+(?:FY\s?'?\d{2,4}|(?:19|20)\d\d|[QH][1-4]|last\s+\w+|prior\s+\w+|previous\s+\w+)(?:\s+[QH][1-4])?\b|\bor\s+(?:fewer|less|more|better|lower|higher|above|below|under|over)\b|\b(?:last|previous|prior)\s+(?:half|quarter|year|month|cycle|week)\b|,?\s*\bwhich\s+(?:is|are|was|were|has|have|will|would)\b[^()]*", RegexOptions.IgnoreCase)]
    private static partial Regex LeftoverQualifierRegex();

    [GeneratedRegex(@"\s+(?:goes|moves|rises|falls|drops|climbs|grows|cut|halved|doubled|tripled|reduced|increased|decreased|improved|lowered|raised)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMotionRegex();
}

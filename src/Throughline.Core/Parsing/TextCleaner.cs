using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Throughline.Core.Parsing;

/// <summary>
/// Removes what surrounds a key result when it is pasted from documents and tools: bullets and KR labels, markdown
/// emphasis and links, owner and priority tags, trailing score columns, table pipes and emoji.
/// </summary>
internal static partial class TextCleaner
{
    private static readonly KrParseContext AnyYear = new(2000);

    public static string Clean(string text)
    {
        var s = LongSpaceRegex().Replace(LongestCell(text.Replace('\r', ' ').Replace('\n', ' ')), "  ");
        s = WideSpaceRegex().Replace(s, " ").Replace('−', '-').Replace("…", "...", StringComparison.Ordinal);
        s = SeparatedScoreRegex().Replace(s, string.Empty);
        s = RemoveArrowScore(s);
        s = ImageRegex().Replace(s, string.Empty);
        s = LinkRegex().Replace(s, "${text}");
        s = UrlRegex().Replace(s, string.Empty);
        s = HtmlRegex().Replace(s, " ");
        s = EmphasisRegex().Replace(s, string.Empty);
        s = StarEmphasisRegex().Replace(s, string.Empty);
        s = UnderscoreEmphasisRegex().Replace(s, "${inner}");
        s = ShortcodeRegex().Replace(s, string.Empty);
        s = KeycapRegex().Replace(s, string.Empty);
        s = StarRatingRegex().Replace(s, "${n} stars");
        s = RemoveSymbols(s);
        s = TagGroupRegex().Replace(s, m => IsTagList(m.Groups["inner"].Value) ? " " : m.Value);
        s = MentionRegex().Replace(s, string.Empty);
        s = HashtagRegex().Replace(s, string.Empty);
        s = TrailingOwnerRegex().Replace(s, string.Empty);
        s = TrimEnds(s);
        string before;
        do
        {
            before = s;
            s = TrimEnds(LeadingLabelRegex().Replace(s, string.Empty));
        }
        while (s != before);

        s = LabeledScoreRegex().Replace(s, string.Empty);
        s = TrimEnds(RemoveBareScore(TrimEnds(s)));
        return TrimEnds(EmptyGroupRegex().Replace(s, " "));
    }

    private static string LongestCell(string text)
    {
        var separators = text.Contains('|', StringComparison.Ordinal) ? '|' : '\t';
        var cells = text.Split(separators).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        return cells.Count < 2 ? text : cells.OrderByDescending(c => c.Count(char.IsLetter)).First();
    }

    private static string RemoveSymbols(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var drop = category == UnicodeCategory.OtherSymbol
                || rune.Value is 0xFE0F or 0x200D or 0x20E3 or 0xFE0E
                || (category == UnicodeCategory.ModifierSymbol && rune.Value >= 0x1F3FB);
            if (!drop)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private static bool IsTagList(string inner)
    {
        var parts = inner.Split([',', ';', '/', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.All(p => TagRegex().IsMatch(p));
    }

    private static string RemoveBareScore(string text)
    {
        var m = BareScoreRegex().Match(text);
        if (!m.Success)
        {
            return text;
        }

        var before = text[..m.Index].TrimEnd();
        var hasValue = before.Any(char.IsDigit) || DeadlineParser.FindAll(before, AnyYear).Count > 0;
        return hasValue && !ConnectorEndRegex().IsMatch(before) ? before : text;
    }

    /// <summary>
    /// Drops a progress score written after the KR with <c>=&gt;</c> ("Ship X =&gt; 70%", "Grow seats to 12k =&gt; 40%")
    /// but keeps an arrow between two values of the same kind ("activation 40% =&gt; 60%").
    /// </summary>
    private static string RemoveArrowScore(string text)
    {
        var m = ArrowScoreRegex().Match(text);
        if (!m.Success)
        {
            return text;
        }

        var before = TrailingNumberRegex().Match(text[..m.Index]);
        var isArrow = before.Success && before.Value.TrimEnd().EndsWith('%') == m.Value.TrimEnd().EndsWith('%');
        return isArrow ? text : text[..m.Index];
    }

    private static string TrimEnds(string text)
    {
        var s = SpacesRegex().Replace(text, " ").Trim();
        s = s.TrimEnd('.', ';', ',', ':', '-', '–', '—', '|', ' ').TrimStart(':', '–', '—', '|', '>', ' ');
        return s.Length >= 2 && s[0] is '"' or '“' && s[^1] is '"' or '”' ? s[1..^1].Trim() : s;
    }

    [GeneratedRegex(@"[\u00A0\u2007\u2009\u202F\t]")]
    private static partial Regex WideSpaceRegex();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpacesRegex();

    [GeneratedRegex(@"[ \u00A0\u2007\u2009\u202F]{3,}")]
    private static partial Regex LongSpaceRegex();

    [GeneratedRegex(@"(?:\s*\|\s*|\t+|\s+[-–—]\s+|\s{2,})(?:(?:score|grade)\s*[:=]?\s*)?(?:0?\.\d{1,2}|1\.0)\s*\|?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SeparatedScoreRegex();

    /// <summary>A progress score written after the KR with <c>=&gt;</c>: <c>=&gt; 70%</c>, <c>=&gt; 0.7</c>.</summary>
    [GeneratedRegex(@"\s*=>\s*(?:\d{1,3}(?:\.\d+)?\s*%|0?\.\d{1,2}|1\.0)\s*(?:complete[d]?|done)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ArrowScoreRegex();

    [GeneratedRegex(@"\d[\d.,]*\s*[\p{L}%]{0,3}\s*$")]
    private static partial Regex TrailingNumberRegex();

    [GeneratedRegex(@"\s*[,;(\[]?\s*\b(?:score|grade|graded)\s*[:=]?\s*(?:0?\.\d{1,2}|1(?:\.0)?|0)\s*[)\]]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LabeledScoreRegex();

    [GeneratedRegex(@"(?<=\S)\s+(?:0?\.\d{1,2}|1\.0)\s*$")]
    private static partial Regex BareScoreRegex();

    [GeneratedRegex(@"(?:\b(?:to|at|from|by|of|under|below|above|over|than|least|most|is|be|reach|hit|maintain|keep|stay|remain|baseline|stretch|target|goal|around|about|max|min|maximum|minimum|rate|score|USD|EUR|GBP|JPY|CAD|AUD|CHF|INR|SEK|NOK|DKK|BRL|SGD|NZD|ZAR|MXN|PLN)|[<>=≥≤→:~+$€£¥₹-])$", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectorEndRegex();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex ImageRegex();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?:[^()\s]|\([^)]*\))+\)")]
    private static partial Regex LinkRegex();

    [GeneratedRegex(@"<?https?://[^\s>)]+>?")]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"</?(?:b|i|u|s|br|strong|em|span|p|div|del|code|sup|sub|mark|small)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlRegex();

    [GeneratedRegex(@"\*\*|__|~~|`")]
    private static partial Regex EmphasisRegex();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")]
    private static partial Regex StarEmphasisRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])_(?<inner>\S[^_]*?)_(?![\p{L}\p{N}])")]
    private static partial Regex UnderscoreEmphasisRegex();

    [GeneratedRegex(@"(?<![\w:]):[a-z][a-z0-9_+\-]*:(?![\w:])")]
    private static partial Regex ShortcodeRegex();

    [GeneratedRegex(@"\d\uFE0F?\u20E3")]
    private static partial Regex KeycapRegex();

    [GeneratedRegex(@"(?<n>\d(?:\.\d+)?)\s?★")]
    private static partial Regex StarRatingRegex();

    [GeneratedRegex(@"[(\[](?<inner>[^()\[\]]*)[)\]]")]
    private static partial Regex TagGroupRegex();

    [GeneratedRegex(@"^(?:P[0-4]|@[\w.\-]+|(?:owners?|dri|lead|assignee|team|prio(?:rity)?|status|confidence|conf)\s*[:=]\s*[^,;]*|(?:high|medium|med|low|critical)(?:\s+prio(?:rity)?)?|(?:(?:score|grade)\s*[:=]?\s*)?(?:0?\.\d{1,2}|1\.0)|on[\s-]track|at[\s-]risk|off[\s-]track|done|completed?|committed|aspirational|stretch|roof[\s-]?shot|moon[\s-]?shot|wip|draft|new)$", RegexOptions.IgnoreCase)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"(?<![\w.@])@[\w.\-]*\w")]
    private static partial Regex MentionRegex();

    [GeneratedRegex(@"(?<![\w&#])#[A-Za-z][\w\-]*")]
    private static partial Regex HashtagRegex();

    [GeneratedRegex(@"\s*[-–—,;|]?\s*\b(?:owners?|dri|assignee)\s*[:=]\s*[^,;()\[\]]+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingOwnerRegex();

    [GeneratedRegex(@"^(?:[-*+]\s+|[•·▪◦●○■□➤►▶]\s*|\[[ xX✓]\]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s+|[a-z][.)]\s+|(?:O\d+\s*[-.:/]?\s*)?KR\s*(?:[-#]?\s*\d+(?:\.\d+)?)?\s*(?:[:.)\-–—]\s*|\s+)|Key\s+Result\s*#?\s*\d*\s*[:.)\-–—]\s*|\[?P[0-4]\]?\s*[:\-–—\]]\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingLabelRegex();

    [GeneratedRegex(@"\(\s*[,;:/\-–—]*\s*\)|\[\s*\]")]
    private static partial Regex EmptyGroupRegex();
}

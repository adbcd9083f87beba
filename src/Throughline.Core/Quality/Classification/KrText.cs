using System.Text.RegularExpressions;

namespace Throughline.Core.Quality.Classification;

/// <summary>
/// Turns a key result as written (bullets, owner tags, links, deadlines, emoji) into lower-case clauses of words,
/// so the classifier's cues see only the sentence itself.
/// </summary>
internal static partial class KrText
{
    /// <summary>A clause boundary token inserted where the text changes clause ("," "—" ";").</summary>
    public const string Break = "|";

    /// <summary>A colon token: a break when a verb follows ("Macros cleanup: retire 150 unused macros").</summary>
    public const string Colon = ":";

    public static IReadOnlyList<string> Tokens(string text)
    {
        var s = text.ToLowerInvariant();
        s = MarkdownLink().Replace(s, "$1");
        s = Url().Replace(s, " ");
        s = Tag().Replace(s, " ");
        s = Aside().Replace(s, " ");
        s = Handle().Replace(s, " ");
        s = Prefix().Replace(s, string.Empty);
        s = s.Replace("**", " ", StringComparison.Ordinal).Replace("__", " ", StringComparison.Ordinal)
            .Replace("~~", " ", StringComparison.Ordinal).Replace("`", " ", StringComparison.Ordinal);
        s = ArrowScore().Replace(s, " ");
        s = s.Replace("→", " to ", StringComparison.Ordinal).Replace("=>", " to ", StringComparison.Ordinal).Replace("->", " to ", StringComparison.Ordinal);
        s = Dash().Replace(s, " | ");
        s = Deadline().Replace(s, " ");
        s = Year().Replace(s, " ");
        s = NamedNumber().Replace(s, m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal));
        s = Separator().Replace(s, " | ");
        s = ColonRegex().Replace(s, " : ");
        s = BarePlaceholder().Replace(s, "${c} tbd");
        s = Other().Replace(s, " ");
        return [.. s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Trim).Where(t => t.Length > 0)];
    }

    /// <summary>
    /// True when <paramref name="token"/> is a standalone number ("6", "5k", "40%", "$2m", "200ms", "zero") or a
    /// placeholder for one ("x%", "$n"): an unfilled value still says a value is measured.
    /// </summary>
    public static bool IsNumber(string token) => token is "zero" || NumberToken().IsMatch(token);

    /// <summary>True when <paramref name="token"/> is a percentage, a multiplier or an amount of money.</summary>
    public static bool IsRatioOrMoney(string token) => RatioOrMoney().IsMatch(token);

    private static string Trim(string token) => token is Break or Colon ? token : token.Trim('.', ',', ':', '"', '\'', '(', ')', '[', ']', '!', '?', '*');

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(https?://|www\.)\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"[\[(]\s*(?:p[0-4]|sev ?\d|owner[^\])]*|dri[^\])]*|@[^\])]*|stretch|wip|tbd|on track|at risk|off track|done|kr ?[\d.]*|#\d+|[a-z]+-\d+|\d(?:\.\d+)?/\d+(?:\.\d+)?)\s*[\])]")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<!\w)[@#][\w./-]+")]
    private static partial Regex Handle();

    [GeneratedRegex(@"^\s*(?:[-*•>+]\s*|\d+[.)]\s+|(?:o\d+\s*)?kr\s*[\d.]*\s*[:.)\-–—]\s*|p[0-4]\s*[:\-–—]\s*|[a-z]+-\d+\s*[:\-–—]\s*)+")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s[–—-]\s|;|\s\|\s")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\b(?:by|before|until|in|during|for|at|within|eo|end of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:q[1-4]|h[12]|fy\s?'?\d{2,4}|cy\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:this\s+|next\s+)?(?:quarter|year|month|sprint|half|cycle))(?:[\s,]+(?:20\d\d|'\d\d)\b)?|\beo[qmy]\b|\b(?:q[1-4]|h[12])(?:\s*(?:fy)?'?\d{2,4})?\b")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"(?<![\d$€£.,])\b20[2-3]\d\b(?![%\d])")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:soc|iso|type|wcag|tier|level|phase|stage|step|gen|python|java|node|ios|android|series|round|pci|nist|sev|p|v|version|sprint|week|wk|kr|okr|objective|o|ipv|http|tls|oauth|web|top|pillar|milestone|wave)\s?-?\d+(?:\.\d+)*[a-z]?\b")]
    private static partial Regex NamedNumber();

    /// <summary>A progress score after the KR: "ship x => 70%", "grow seats to 12k => 0.4" (not "40% => 60%").</summary>
    [GeneratedRegex(@"(?<![\d%]\s*)=>\s*(?:\d{1,3}(?:\.\d+)?\s*%|0?\.\d{1,2}|1\.0)\s*$|(?<=\d[kmb]?\s*)=>\s*(?:\d{1,3}(?:\.\d+)?\s*%|0?\.\d{1,2})\s*$")]
    private static partial Regex ArrowScore();

    /// <summary>A bracketed aside that defines or comments ("activation (3 reports created in 14d)"); tags are gone by now.</summary>
    [GeneratedRegex(@"(?<=\S\s*)\([^()]*\)")]
    private static partial Regex Aside();

    /// <summary>An unfilled value after a comparator: "under N tickets", "to X". Read as the placeholder token "tbd".</summary>
    [GeneratedRegex(@"(?<c>\b(?:under|below|above|over|to|at|than|least|most)|[<>≤≥])\s*(?:n|x{1,3})\b(?!%)")]
    private static partial Regex BarePlaceholder();

    [GeneratedRegex(@":\s")]
    private static partial Regex ColonRegex();

    [GeneratedRegex(@",\s|,$|\.\s")]
    private static partial Regex Separator();

    [GeneratedRegex(@"[^a-z0-9%$€£¥<>≤≥~+/&.,:'|\-\s]")]
    private static partial Regex Other();

    [GeneratedRegex(@"^[<>≤≥~+\-]*(?:[$€£¥]?\d[\d,]*(?:\.\d+)?(?:k|m|mm|bn|b|x|%|ms|s|h|d|pp|bps|pts|min|hrs)?(?:/(?:5|10|100))?\+?|[$€£¥](?:n|x{1,3}|tbd)|(?:n|x{1,3}|tbd)%?)$")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"^[<>≤≥~+\-]*(?:[$€£¥](?:\d.*|n|x{1,3}|tbd)|\d[\d,]*(?:\.\d+)?(?:%|x|pp|bps)\+?|(?:n|x{1,3}|tbd)%)$")]
    private static partial Regex RatioOrMoney();
}

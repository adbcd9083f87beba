using System.Text.RegularExpressions;

namespace Throughline.Workspace.Import;

/// <summary>
/// Cleans the decoration people add to OKR lines — bold, links, status emoji, P0 tags, owner tags, trailing
/// scores — and reads the owner out of it. Titles and the text handed to the KR parser are cleaned; KR text is not.
/// </summary>
internal static partial class LineText
{
    /// <summary>Longer lines are prose (or a broken paste) and are left as they are, keeping the tag patterns fast.</summary>
    private const int MaxLength = 2000;

    /// <summary>The text without decoration; <paramref name="owner"/> is the owner tag it carried, if any.</summary>
    public static string Clean(string text, out string? owner)
    {
        owner = null;
        if (text.Length > MaxLength)
        {
            return text.Trim();
        }

        var clean = Links().Replace(text, "${t}");
        clean = FootnoteMark().Replace(clean, "");
        clean = Emphasis().Replace(clean, "");
        clean = Checkbox().Replace(clean, "");
        clean = Emoji().Replace(clean, " ");
        clean = TagAnywhere().Replace(clean, " ");
        var inlineOwner = OwnerInParens().Match(clean);
        if (inlineOwner.Success)
        {
            owner = Owner(inlineOwner.Groups["o"].Value);
            clean = clean.Remove(inlineOwner.Index, inlineOwner.Length);
        }

        string before;
        do
        {
            before = clean;
            clean = TrailingScore().Replace(clean, "");
            clean = TrailingProgress().Replace(clean, "");
            clean = TrailingStatus().Replace(clean, "");
            clean = TagAtEnd().Replace(clean, "");
            var trailingOwner = OwnerAtEnd().Match(clean);
            if (trailingOwner.Success)
            {
                owner ??= Owner(trailingOwner.Groups["o"].Value);
                clean = clean[..trailingOwner.Index];
            }

            // "… from 88.4% to 95% [Marcus Oyelaran]", "[HR – Samira Haddad]": a bracketed name at the end is its owner.
            if (BracketOwner(clean) is { } bracketOwner)
            {
                owner ??= Owner(bracketOwner.Groups["o"].Value);
                clean = clean[..bracketOwner.Index];
            }

            clean = clean.TrimEnd(' ', '\t', '—', '–', '-', '|', ',', ';', '·');
        }
        while (clean != before);

        clean = TagAtStart().Replace(clean, "");
        clean = Commentary().Replace(clean, "");
        clean = Spaces().Replace(clean, " ").Trim(' ', '\t', '—', '–', '|', '·');
        return SingleEmphasis().Replace(clean, "${t}");
    }

    /// <summary>
    /// A link to where the key result is measured — a bare URL, or a Markdown link labelled like a reference
    /// ("dashboard", "report", "Looker") — taken out of <paramref name="text"/>, so "Chargeback rate below 0.4% —
    /// [dashboard](https://…)" reads as "Chargeback rate below 0.4%" measured at that URL. Links with other labels
    /// stay: their label is part of the sentence.
    /// </summary>
    public static string WithoutReferenceLink(string text, out string? url)
    {
        url = null;
        if (text.Length > MaxLength)
        {
            return text;
        }

        foreach (Match match in ReferenceLink().Matches(text))
        {
            var label = match.Groups["t"].Success ? match.Groups["t"].Value.Trim().ToLowerInvariant() : null;
            if (label is null || ReferenceLabels.Contains(label) || ReferenceLabels.Contains(label.Split(' ')[^1]))
            {
                url = match.Groups["u"].Value;
                return (text[..match.Index] + text[(match.Index + match.Length)..]).TrimEnd(' ', '\t', '—', '–', '-', '|', ',', ';', ':');
            }
        }

        return text;
    }

    /// <summary>Link labels that point at where a number lives rather than saying something.</summary>
    private static readonly HashSet<string> ReferenceLabels = new(StringComparer.Ordinal)
    {
        "dashboard", "dash", "report", "chart", "graph", "link", "source", "data", "doc", "docs", "here", "details", "sheet",
        "spreadsheet", "query", "looker", "tableau", "metabase", "grafana", "amplitude", "mixpanel", "datadog", "notion",
        "jira", "confluence", "tracker", "metric", "kpi",
    };

    /// <summary>
    /// A key result's text as stored: as written, but without a leading status mark ("🟢", "✅") and without a
    /// bracketed owner at the end ("[Marcus Oyelaran]"), which is read into the owner field.
    /// </summary>
    public static string AsStored(string text)
    {
        var stored = StatusMark().Replace(text, "");
        return (BracketOwner(stored) is { } bracketOwner ? stored[..bracketOwner.Index] : stored).Trim();
    }

    /// <summary>A footnote mark after a word ("Auto-match rate¹", "cut in half²").</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}%)\]])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")]
    private static partial Regex FootnoteMark();

    /// <summary>A footnote ("¹ Auto-match = …", "[2] Excludes …", "* Excludes …") or a page number ("6") on a line of its own.</summary>
    public static bool IsFootnoteOrPageNumber(string content) => Footnote().IsMatch(content.Trim());

    [GeneratedRegex(@"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S|\[\d{1,2}\]\s+\S|\d{1,3}$)")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^\s*(?:\uD83D[\uDFE0-\uDFEB]|[\u26AA\u26AB\u2705\u274C\u274E\u2714\u2716\u26A0\u2B55]|\uD83D\uDD34|\uD83D\uDD35)[\uFE0F\u200D]*\s*")]
    private static partial Regex StatusMark();

    /// <summary>The text with only markup removed: bold, links and status emoji.</summary>
    public static string Plain(string text) => Clean(text, out _);

    /// <summary>True when the text is struck through (<c>~~Migrate to k8s~~ (dropped)</c>): a key result crossed out.</summary>
    public static bool IsStruckThrough(string text) => StruckThrough().IsMatch(text);

    /// <summary>True when the whole line is bold (<c>**Objective: Delight new users**</c>).</summary>
    public static bool IsBold(string text) => BoldLine().IsMatch(text.Trim());

    /// <summary>
    /// Finds a key result prefix (<c>KR1:</c>, <c>KR 1.2</c>, <c>Key Result 2 -</c>, <c>KR:</c>, <c>**KR1:**</c>);
    /// <paramref name="textStart"/> is where the text after it starts.
    /// </summary>
    public static bool TryKeyResultPrefix(string text, out string? id, out int textStart)
    {
        var match = KeyResultPrefix().Match(text);
        id = null;
        textStart = 0;
        if (!match.Success)
        {
            return false;
        }

        var number = match.Groups["id"].Value;
        id = number.Length == 0 ? null : "KR" + number[(number.LastIndexOfAny(['.', '-']) + 1)..];
        textStart = match.Length;
        return true;
    }

    /// <summary>Finds an objective prefix (<c>Objective:</c>, <c>O1:</c>, <c>Obj 2 -</c>, <c>Objective 3.</c>) in cleaned text.</summary>
    public static bool TryObjectivePrefix(string clean, out string? id, out string title)
    {
        var match = ObjectivePrefix().Match(clean);
        if (!match.Success)
        {
            match = ShortObjectivePrefix().Match(clean);
        }

        id = match.Success && match.Groups["id"].Success ? "O" + match.Groups["id"].Value : null;
        title = match.Success ? match.Groups["rest"].Value.Trim() : clean;
        return match.Success;
    }

    /// <summary>An owner cell or tag as names: "@sam" is sam, "@dana, P0" is dana.</summary>
    public static string OwnerName(string text) => Owner(Plain(text));

    /// <summary>The people an owner tag names, without priority tags written beside them ("@dana, P0" is dana).</summary>
    private static string Owner(string text) =>
        string.Join(", ", Spaces().Replace(text.Split(['·', '|', '•'])[0].Replace("@", "", StringComparison.Ordinal), " ")
            .Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !PriorityTag().IsMatch(part)));

    [GeneratedRegex(@"!?\[(?<t>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Links();

    [GeneratedRegex(@"\*\*|__|~~|`")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(?<s>[*_])(?<t>[^*_].*?)\k<s>$")]
    private static partial Regex SingleEmphasis();

    [GeneratedRegex(@"^\s*\[[ xX]\]\s*")]
    private static partial Regex Checkbox();

    [GeneratedRegex(@"(?:[\u2600-\u27BF\u2B00-\u2BFF\u25A0-\u25FF]|\uD83C[\uDC00-\uDFFF]|\uD83D[\uDC00-\uDFFF]|\uD83E[\uDC00-\uDFFF])[\uFE0F\u200D]*")]
    private static partial Regex Emoji();

    [GeneratedRegex(@"\s*[\[(]P[0-4][\])]", RegexOptions.IgnoreCase)]
    private static partial Regex TagAnywhere();

    [GeneratedRegex(@"^\s*P[0-4]\s*[:\-–—|]?\s+")]
    private static partial Regex TagAtStart();

    [GeneratedRegex(@"\s+[—–\-|]?\s*P[0-4]\s*$")]
    private static partial Regex TagAtEnd();

    [GeneratedRegex(@"\s*(?:[—–|]\s*|\s-\s*|[(\[]\s*)(?:score\s*[:=]?\s*)?(?:0?\.\d+|[01](?:\.0+)?)\s*[)\]]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingScore();

    [GeneratedRegex(@"\s*(?:[—–|(\[]\s*|\s-\s*)?\b(?:score|status|confidence|progress)\s*[:=]\s*[^)\]|—–]+[)\]]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingStatus();

    [GeneratedRegex(@"\s*[(\[]\s*(?:(?:owners?|dri|lead)\s*[:=]\s*(?<o>[^)\]]+)|(?<o>@[^)\]]+))[)\]]", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerInParens();

    /// <summary>
    /// A remark about the key result rather than part of it: an arrow note ("&lt;- this one needs a real metric"), a
    /// dash clause that is a sentence of its own ("— Finance is still modelling this"), or a parenthesis of one
    /// ("(we don't have a clean baseline yet)"). The text keeps it; the parser does not read it.
    /// </summary>
    [GeneratedRegex(@"\s+(?:<-+|←|=>)\s.*$|\s+[—–]\s+(?:(?:we|I|they|this|that|still|waiting|pending|note|needs?|will|to\s+be)\b|[A-Z][a-z]+\s+(?:is|are|was|will|has|have|needs|owns)\b)[^()]*$|\s*\((?:we|I|they|still|waiting|pending|needs?|to\s+be|will)\b[^()]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Commentary();

    /// <summary>A bracketed name at the end of <paramref name="text"/> ("[Marcus Oyelaran]"), not a status ("[Done]"); null when there is none.</summary>
    private static Match? BracketOwner(string text) =>
        NameInBracketsAtEnd().Match(text) is { Success: true } match && !StatusWords.Contains(match.Groups["o"].Value.Trim().ToLowerInvariant()) ? match : null;

    /// <summary>Bracketed words at the end that are a status, not a name.</summary>
    private static readonly HashSet<string> StatusWords = new(StringComparer.Ordinal)
    {
        "done", "complete", "completed", "achieved", "missed", "dropped", "cancelled", "canceled", "on track", "off track", "at risk",
        "blocked", "not started", "in progress", "stretch", "committed", "aspirational", "roofshot", "moonshot", "new", "carried over",
    };

    [GeneratedRegex(@"\s*\[(?<o>[A-Z@][^\[\]\d]{1,60}?)\]\s*$")]
    private static partial Regex NameInBracketsAtEnd();

    [GeneratedRegex(@"(?:(?:^|[\s—–|,;·])(?:owners?|dri)\s*[:=]\s*(?<o>[^|;()\[\]—–]+?)|\s+(?<o>@[\w.\-]+(?:\s*,\s*@[\w.\-]+)*))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerAtEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*~~[^~]+~~\s*(?:[(\[][^)\]]*[)\]])?\s*[.!]?\s*$")]
    private static partial Regex StruckThrough();

    /// <summary>A progress note in square brackets at the end: "[40%]", "[70% done]".</summary>
    [GeneratedRegex(@"\s*\[\s*\d{1,3}(?:\.\d+)?\s*%\s*(?:done|complete|completed|progress)?\s*\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingProgress();

    [GeneratedRegex(@"^P[0-4]$", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityTag();

    [GeneratedRegex(@"\s*(?:[—–|:]\s*|\s-\s*|[(\[]\s*)?(?:\[(?<t>[^\]]*)\]\((?<u>https?://[^)\s]+)\)|(?<u>https?://[^\s)\]]+))[)\]]?")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"^(?:\*\*|__)(?!\s).+(?<!\s)(?:\*\*|__):?$")]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"^(?:\s|\*\*|__|[\u2600-\u27BF\uFE0F]|\uD83C[\uDC00-\uDFFF]|\uD83D[\uDC00-\uDFFF])*(?:O\d+\s*[-.]\s*)?(?:(?:[A-Z]{2,5}|company|team|department|dept|org)\s+)?(?:key\s+results?|k\.?r\.?)\s*#?\s*(?<id>\d+(?:[.\-]\d+)?)?\s*(?:\*\*|__)?\s*(?:->|=>|→|[:.)\-–—]|(?<=\d)\s)\s*(?:\*\*|__)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex KeyResultPrefix();

    [GeneratedRegex(@"^(?:objective|obj\.?)\s*#?\s*(?:(?<id>\d+)(?:\s+of\s+\d+)?\s*(?:[:.)\-–—]|\s|$)|[:\-–—])\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectivePrefix();

    [GeneratedRegex(@"^O(?<id>\d+)\s*(?:[:.)\-–—]|\s)\s*(?<rest>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortObjectivePrefix();
}

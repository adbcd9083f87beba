using System.Globalization;
using System.Text.RegularExpressions;

namespace Throughline.Core.Parsing;

/// <summary>
/// Numbers that name something rather than measure it: <c>SOC 2</c>, <c>week 6</c>, <c>Kubernetes 1.31</c>,
/// <c>Postgres 16 upgrade</c>, <c>Impact report 2025</c>.
/// </summary>
internal static partial class NameNumbers
{
    private static readonly HashSet<string> NameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "soc", "iso", "tier", "level", "phase", "version", "v", "sev", "severity", "priority", "step", "stage",
        "series", "gen", "generation", "type", "ios", "android", "windows", "python", "java", "node", "http",
        "tls", "pci", "wcag", "rfc", "layer", "rule", "article", "section", "chapter", "release", "sprint", "week",
        "day", "month", "year", "cohort", "wave", "batch", "round", "milestone", "epic", "okr", "kr", "team",
        "squad", "pod", "region", "zone", "grade", "band", "class", "category", "web", "fy", "cy", "h", "q",
    };

    private static readonly HashSet<string> ValueLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "from", "at", "reach", "hit", "than", "is", "be", "baseline", "target", "goal", "under", "over", "above", "below",
    };

    private static readonly HashSet<string> YearWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "in", "during", "of", "for", "vs", "than", "fy", "cy", "year", "until", "before", "after",
    };

    /// <summary>True when the matched number names a version, a year, a tier or a week rather than a value.</summary>
    /// <summary>True for a word that names things by number ("week", "phase", "tier"): "week one" is a name.</summary>
    public static bool IsNameWord(string word) => NameWords.Contains(word);

    public static bool IsNameNumber(string text, Match m)
    {
        var previous = PreviousWord(text, m.Index);
        var plain = m.Value.Length == 4 && m.Value.All(char.IsAsciiDigit);
        var bareNumber = !m.Groups["unit"].Success && !m.Groups["cur"].Success && !m.Groups["mag"].Success && !m.Groups["sign"].Success;
        if (plain && int.Parse(m.Value, CultureInfo.InvariantCulture) is >= 1990 and <= 2100
            && (YearWords.Contains(previous) || (previous.Length > 0 && !ValueLeads.Contains(previous) && YearAsNameRegex().IsMatch(text.AsSpan(m.Index + m.Length)))))
        {
            return true;
        }

        // "Kubernetes 1.31 upgrade", "Moodle 4.4", "migrate to Docusaurus 3", "Postgres 16 upgrade", "the 4.2 release":
        // a product version.
        var endsText = text.AsSpan(m.Index + m.Length).Trim().Length == 0;
        if (bareNumber && (VersionAfterNameRegex().IsMatch(text.AsSpan(0, m.Index)) && (m.Value.Contains('.', StringComparison.Ordinal) || endsText)
            || VersionBeforeWorkRegex().IsMatch(text.AsSpan(m.Index + m.Length))))
        {
            return true;
        }

        // "Customer 360 table", "Microsoft 365 rollout": the number is part of a product name.
        if (bareNumber && m.Value is "360" or "365" && previous.Length > 0 && char.IsUpper(previous[0]))
        {
            return true;
        }

        if (previous.Length > 0 && NameWords.Contains(previous.TrimEnd('-')) && !ArrowToNumberRegex().IsMatch(text.AsSpan(m.Index + m.Length)))
        {
            var bare = !m.Groups["unit"].Success && !m.Groups["cur"].Success && !m.Groups["mag"].Success;
            return bare || previous is "week" or "day" or "month";
        }

        return false;
    }

    /// <summary>The word of letters right before <paramref name="index"/>, skipping spaces and hyphens.</summary>
    public static string PreviousWord(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] is ' ' or '-')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    /// <summary>After a year that names a thing: "Impact report 2025 published", "Annual plan 2027 drafted".</summary>
    [GeneratedRegex(@"^(?:\s*$|\s*[)\],;.]|\s+(?:\p{L}+ed|report|plan|budget|roadmap|strategy|edition|season|cohort|review|survey|audit)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex YearAsNameRegex();

    /// <summary>A capitalised product name (not the first word) right before a version: "to Moodle 4.4", "to Docusaurus 3".</summary>
    [GeneratedRegex(@"\S\s+\p{Lu}[\p{Ll}\p{N}]+[\p{L}\p{N}]*\s$")]
    private static partial Regex VersionAfterNameRegex();

    /// <summary>A number that names the release being worked on: "16 upgrade", "4.2 release", "3.12 migration".</summary>
    [GeneratedRegex(@"^\s+(?:upgrade|release|migration|cutover)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VersionBeforeWorkRegex();

    /// <summary>"per week 6 → 2": a number that an arrow leads to another number is a value, not a name.</summary>
    [GeneratedRegex(@"^\s*(?:->|→|=>)\s*\d")]
    private static partial Regex ArrowToNumberRegex();
}

using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>
/// Recognises team and company names in headings and lines ("## Team: Growth", "Growth team OKRs — Q3",
/// "Company-level OKRs") and turns names into unit ids and kinds.
/// </summary>
internal static partial class UnitNames
{
    public const string CompanyId = "company";

    /// <summary>A unit id: lower-case words joined by '-', without a trailing parenthetical ("Platform (Infra)" → platform).</summary>
    public static string Slug(string name)
    {
        if (IsCompanyWord(name))
        {
            return CompanyId;
        }

        var text = Parenthetical().Replace(name, " ").Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant();
        var slug = NonSlug().Replace(text, "-").Trim('-');
        return slug.Length == 0 ? "unit" : slug;
    }

    /// <summary>Reads a line or heading that names a unit; <see cref="UnitMatch.None"/> when it names none.</summary>
    public static UnitMatch Match(string text)
    {
        var explicitTeam = TeamPrefix().Match(text);
        if (explicitTeam.Success)
        {
            // "Team: Learner Success · Cycle: Sep–Dec 2025 · Status: In progress": the name ends where the next property starts.
            var name = WithoutOkrWords(Residue(explicitTeam.Groups["name"].Value.Split(['·', '|', '•'])[0]), out _);
            return name.Length == 0 ? UnitMatch.None : new UnitMatch(name, KindOf(name) ?? UnitKind.ProductTeam, Known: true);
        }

        var residue = WithoutOkrWords(Residue(text), out var hadOkrWords);
        if (residue.Length == 0)
        {
            return hadOkrWords ? UnitMatch.Title : UnitMatch.None;
        }

        var suffix = TeamSuffix().Match(residue);
        if (suffix.Success && IsNameLike(suffix.Groups["name"].Value))
        {
            var name = suffix.Groups["name"].Value.Trim();
            var kind = suffix.Groups["dept"].Success ? UnitKind.Department : UnitKind.ProductTeam;
            return new UnitMatch(name, KindOf(name) ?? kind, Known: true);
        }

        if (IsCompanyWord(residue))
        {
            return new UnitMatch("Company", UnitKind.Company, Known: true);
        }

        if (hadOkrWords && IsNameLike(residue))
        {
            var kind = KindOf(residue);
            return new UnitMatch(residue, kind ?? UnitKind.ProductTeam, Known: kind is not null);
        }

        return hadOkrWords ? UnitMatch.Title : UnitMatch.None;
    }

    /// <summary>The kind a unit's name suggests, or null when the name says nothing about it.</summary>
    public static UnitKind? KindOf(string name)
    {
        var text = name.ToLowerInvariant();
        if (IsCompanyWord(name))
        {
            return UnitKind.Company;
        }

        return PlatformWords().IsMatch(text) ? UnitKind.PlatformTeam
            : MarketWords().IsMatch(text) ? UnitKind.GoToMarket
            : SupportWords().IsMatch(text) ? UnitKind.SupportFunction
            : ProductWords().IsMatch(text) ? UnitKind.ProductTeam
            : DepartmentWords().IsMatch(text) ? UnitKind.Department
            : null;
    }

    /// <summary>True for a short name ("Customer Success") rather than a phrase ("Grow the support").</summary>
    public static bool IsNameLike(string text)
    {
        var name = Parenthetical().Replace(text, "");
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && !text.Any(char.IsDigit) && !words.Any(w => StopWords().IsMatch(w))
            && name.All(c => char.IsLetter(c) || c is ' ' or '&' or '-' or '\'' or '’' or '.' or '/');
    }

    public static bool IsCompanyWord(string name) => CompanyWords().IsMatch(name.Trim());

    /// <summary>
    /// The name around the OKR words: before them ("Growth team OKRs"), or after them ("OKRs — Growth team") when what
    /// follows names a team outright (so "OKRs should:" names none).
    /// </summary>
    private static string WithoutOkrWords(string text, out bool had)
    {
        var match = OkrSuffix().Match(text);
        var name = match.Success ? match.Groups["name"].Value.Trim(' ', '-', '–', '—', ':', '|', ',', '.') : "";
        if (!match.Success && OkrPrefix().Match(text) is { Success: true } prefix)
        {
            match = prefix;
            name = prefix.Groups["name"].Value.Trim(' ', '-', '–', '—', ':', '|', ',', '.');
            name = TeamPrefix().IsMatch(name) || TeamSuffix().IsMatch(name) || KindOf(name) is not null ? name : "";
        }

        had = match.Success;
        return had ? name : text;
    }

    /// <summary>The text left once cycle names ("Q3 2026") and separators are removed: "Engineering — H1 2027" is "Engineering".</summary>
    public static string Residue(string text)
    {
        var residue = CycleWords().Replace(text, " ");
        residue = Separators().Replace(residue, " ");
        residue = Spaces().Replace(residue, " ").Trim(' ', '-', '–', '—', ':', '|', ',', '.');
        return LeadingThe().Replace(residue, "");
    }

    [GeneratedRegex(@"^\s*team\s*[:\-–—]\s*(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TeamPrefix();

    [GeneratedRegex(@"^(?<name>.+?)\s+(?:team|squad|tribe|pod|guild|crew|(?<dept>department|dept\.?|org|division|function))(?:'s)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TeamSuffix();

    [GeneratedRegex(@"^(?<name>.*?)\s*\b(?:OKRs?|objectives?\s*(?:and|&)\s*key\s*results?|objectives|goals)$", RegexOptions.IgnoreCase)]
    private static partial Regex OkrSuffix();

    [GeneratedRegex(@"^(?:OKRs?|objectives?\s*(?:and|&)\s*key\s*results?|objectives|goals)\b\s*(?<name>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex OkrPrefix();

    [GeneratedRegex(@"\b(?:Q[1-4]|H[12]|FY\s?'?\d{2,4}|(?:19|20)\d{2}(?:[-/ ]?(?:Q[1-4]|H[12]))?|quarter(?:ly)?|annual|yearly|cycle|for|draft|final|v\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CycleWords();

    [GeneratedRegex(@"[|:–—,""“”·•]|\s-\s|^-|-$")]
    private static partial Regex Separators();

    // Greetings ("Hey team", "Hi all", "Morning folks") name no team.
    [GeneratedRegex(@"^(?:the|a|an|our|their|my|your|to|of|for|with|by|from|about|more|all|is|are|we|will|should|in|on|at|key|results?|krs?|okrs?|objectives?|teams?|hey|hi|hello|dear|morning|evening|folks|everyone|everybody|y'?all|guys)$", RegexOptions.IgnoreCase)]
    private static partial Regex StopWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonSlug();

    [GeneratedRegex(@"^(?:company|company[- ](?:level|wide)|corporate|org[- ]wide|organi[sz]ation[- ]wide|top[- ]level|exec(?:utive)?(?: team)?|leadership(?: team)?|ceo|chief executive(?: officer)?|founders?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyWords();

    [GeneratedRegex(@"\b(?:platform|infra|infrastructure|sre|devops|reliability|tooling|devex|developer experience|security)\b")]
    private static partial Regex PlatformWords();

    [GeneratedRegex(@"\b(?:sales|marketing|customer success|customer support|support|partnerships?|revenue|business development|account management|go-to-market|gtm|community)\b")]
    private static partial Regex MarketWords();

    [GeneratedRegex(@"\b(?:finance|legal|people|hr|human resources|it|talent|recruiting|operations|ops|admin|facilities|compliance|procurement)\b")]
    private static partial Regex SupportWords();

    [GeneratedRegex(@"\b(?:growth|payments?|checkout|onboarding|activation|mobile|web|ios|android|search|billing|api|data|analytics|ux|content|retention|monetization|monetisation|identity|integrations|notifications|messaging|core)\b")]
    private static partial Regex ProductWords();

    [GeneratedRegex(@"\b(?:engineering|product|r&d|design|technology|tech)\b")]
    private static partial Regex DepartmentWords();
}

using System.Text.RegularExpressions;

namespace Throughline.Workspace.Import;

/// <summary>Lines that are not objectives or key results but say something about them, or mark a section.</summary>
internal static partial class LineKinds
{
    /// <summary>A <c>Why:</c>, <c>Context:</c> or <c>So that …</c> line; <paramref name="why"/> is the statement.</summary>
    public static bool TryWhy(string clean, out string why)
    {
        var match = Why().Match(clean);
        why = match.Success ? match.Groups["why"].Value.Trim() : "";
        return match.Success && why.Length > 0;
    }

    /// <summary>An <c>Owner: Dana</c> line.</summary>
    public static bool TryOwner(string clean, out string owner)
    {
        var match = OwnerLine().Match(clean);
        // "Owner: Priya S. · Last updated Jan 4": the owner ends where the next note starts.
        owner = match.Success ? match.Groups["o"].Value.Split(['·', '|', '•'])[0].Replace("@", "", StringComparison.Ordinal).Trim() : "";
        return match.Success && owner.Length > 0;
    }

    /// <summary>
    /// A <c>Unit: Network Services</c> or <c>**Team:** Service Desk · **Exec sponsor:** CISO</c> line: the team an
    /// objective above it belongs to. The name ends where the next property starts; a long remark in brackets ("(joint
    /// with University Libraries for the data-storage piece)") is not part of it.
    /// </summary>
    public static bool TryUnitProperty(string clean, out string unit)
    {
        var match = UnitProperty().Match(clean);
        unit = match.Success ? LongRemark().Replace(match.Groups["u"].Value.Split(['·', '|', '•'])[0], "").Trim() : "";
        // "Team: Growth: raise conversion from 2% to 3%" is a team line with its objective, not a property.
        return unit.Length is > 0 and <= 60 && unit.IndexOfAny([':', '%']) < 0 && unit.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
    }

    /// <summary>A <c>Baseline: 11.4%</c> or <c>Target: 13%</c> line: <paramref name="field"/> is "baseline" or "target".</summary>
    public static bool TryValue(string clean, out string field, out string value)
    {
        var match = ValueLine().Match(clean);
        field = match.Success ? (match.Groups["f"].Value.ToLowerInvariant() is "target" or "goal" or "to" ? "target" : "baseline") : "";
        value = match.Success ? match.Groups["v"].Value.Trim() : "";
        return match.Success;
    }

    /// <summary>An <c>Initiatives:</c> line or heading; what follows it is work, not key results.</summary>
    public static bool IsInitiatives(string clean) => Initiatives().IsMatch(clean);

    /// <summary>A <c>Key results:</c> line or heading that only announces the key results that follow.</summary>
    public static bool IsKeyResultsMarker(string clean) => KeyResultsMarker().IsMatch(clean);

    /// <summary>An <c>Objectives:</c> or <c>OKRs</c> line that only announces what follows.</summary>
    public static bool IsObjectivesMarker(string clean) => ObjectivesMarker().IsMatch(clean);

    /// <summary>A heading of a section that holds no OKRs (notes, risks, appendix…).</summary>
    public static bool IsOtherSection(string clean) => OtherSection().IsMatch(clean) || LookBack().IsMatch(clean) || Callout().IsMatch(clean) || NotOkrs().IsMatch(clean);

    /// <summary>
    /// A line announcing what is not OKRs ("Stuff we are PARKING for H2, so not OKRs:", "Things we're NOT putting in
    /// OKRs but will keep an eye on:") or a postscript ("PS a few open questions").
    /// </summary>
    [GeneratedRegex(@"^(?:.{0,80}\b(?:not|aren['’]?t|isn['’]?t)\b.{0,30}\b(?:okrs?|key\s+results?|objectives)\b.*:|.{0,60}\bparking(?:\s+lot)?\b.*:|p\.?\s?s\.?\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotOkrs();

    /// <summary>
    /// "Retro from last quarter", "Last quarter's scores", "Lessons learned in H1", "Carryovers / notes for Q3 planning":
    /// a look back or ahead, not this cycle's OKRs.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:retro(?:spective)?|review|scores?|results|grades|lessons\s+learned|what\s+we\s+learned)\s+(?:from|of|on|for|in)\s+(?:the\s+)?(?:last|previous|prior|past)\s+(?:quarter|half|cycle|year|period|okrs?)|(?:last|previous|prior)\s+(?:quarter|half|cycle|year)(?:['’]s)?\s+(?:scores?|results|grades|retro(?:spective)?|review|okrs?)|carry-?overs?|(?:notes|open\s+questions)\s+for\s+(?:the\s+)?(?:next|q[1-4]|h[12])|not\s+(?:on\s+the\s+roadmap|doing|planned)|won['’]?t\s+do)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex LookBack();

    /// <summary>
    /// A wiki's callout label on a line of its own ("Info", "Note", "Tip"), a deck's "Agenda", or an appendix with its
    /// title ("APPENDIX A: Q3 OKR SCORECARD"): what follows is not this cycle's OKRs.
    /// </summary>
    [GeneratedRegex(@"^(?:info|note|tip|warning|caution|important|agenda|appendix(?:\s+[A-Z\d]{1,2})?\s*[:.\-–—]\s*.+)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Callout();

    /// <summary>
    /// A <c>Dashboard: [Week-1 funnel](https://…)</c> line under a key result: where it is measured, as the link's
    /// address (or the text when there is no link).
    /// </summary>
    public static bool TryDashboard(string content, out string dashboard)
    {
        var match = DashboardLine().Match(content.Trim());
        dashboard = match.Success ? (match.Groups["u"].Success ? match.Groups["u"].Value : match.Groups["t"].Value.Trim()) : "";
        return dashboard.Length > 0;
    }

    /// <summary>
    /// A check-in property a tool writes under an objective or key result: <c>Progress: 40%</c>, <c>Confidence: 6/10</c>,
    /// <c>Status: At risk</c>; or a scorecard's summary (<c>**Average (scored KRs only): 0.68**</c>).
    /// </summary>
    public static bool IsCheckInProperty(string content) => CheckInProperty().IsMatch(content.Trim());

    [GeneratedRegex(@"^(?:dashboard|tracking|tracked\s+in|measured\s+in|data\s+source|report)\s*:\s*(?:\[[^\]]*\]\((?<u>[^)\s]+)\)|(?<u>https?://\S+)|(?<t>.+))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DashboardLine();

    [GeneratedRegex(@"^(?:\*\*)?(?:progress|confidence|status|score|health|rag|current(?:\s+value)?|last\s+updated?|(?:average|overall|total|mean)(?:\s+score)?(?:\s*\([^)]*\))?)(?:\*\*)?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CheckInProperty();

    /// <summary>A line in capitals ("GRIDWELL ENERGY — CUSTOMER OPERATIONS"): at the top of a document, its title.</summary>
    public static bool IsShouted(string clean)
    {
        var letters = clean.Where(char.IsLetter).ToList();
        return letters.Count >= 6 && letters.All(char.IsUpper) && clean.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>A <c>Dependencies: Platform team (API v2)</c> line; <paramref name="provider"/> is what follows.</summary>
    public static bool TryDependency(string clean, out string provider)
    {
        var match = DependencyLine().Match(clean);
        provider = match.Success ? match.Groups["p"].Value.Trim() : "";
        return provider.Length > 0;
    }

    [GeneratedRegex(@"^(?:dependenc(?:y|ies)|depends\s+on|needs\s+from)\s*:\s*(?<p>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DependencyLine();

    /// <summary>A list item that is only a link within the page (<c>[Objective 1: …](#objective-1)</c>): a table of contents entry.</summary>
    public static bool IsPageLink(string content) => PageLink().IsMatch(content.Trim());

    /// <summary>
    /// Prose about an objective rather than an objective: two or more sentences ("Driver turnover hit 61% last quarter.
    /// We are worse than the industry."), or one long sentence of fourteen words or more ending in a full stop.
    /// </summary>
    public static bool IsProse(string clean) =>
        SentenceBreak().IsMatch(clean) || (clean.EndsWith('.') && clean.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 14);

    [GeneratedRegex(@"^\[[^\]]+\]\(#[^)\s]*\)$")]
    private static partial Regex PageLink();

    /// <summary>
    /// A line of badges (<c>[![CI](…/badge.svg)](…)</c>, <c>![License: MIT](…)</c>) or a legend entry
    /// (<c>**P0** = must happen this quarter</c>, <c>`@handle` = the maintainer on point</c>): not OKRs.
    /// </summary>
    public static bool IsBadgeOrLegend(string content) => Badges().IsMatch(content.Trim()) || Legend().IsMatch(content.Trim());

    [GeneratedRegex(@"^(?:\[?!\[[^\]]*\]\([^)\s]*\)(?:\]\([^)\s]*\))?\s*)+$")]
    private static partial Regex Badges();

    [GeneratedRegex(@"^(?:\*\*|`|~~)?[^\s=]{1,20}(?:\*\*|`|~~)?(?:\s+\S{1,12})?\s+=\s+\S.*$")]
    private static partial Regex Legend();

    /// <summary>A list item that is only a link to another page (<c>[ITS Planning](ITS-Planning_88211.html)</c>): navigation.</summary>
    public static bool IsLinkOnly(string content) => LinkOnly().IsMatch(content.Trim());

    [GeneratedRegex(@"^\[[^\]]+\]\([^)\s]+\)$")]
    private static partial Regex LinkOnly();

    [GeneratedRegex(@"[a-z%)][.!?]\s+[A-Z]")]
    private static partial Regex SentenceBreak();

    /// <summary>A line that introduces a list ("Here are our OKRs:") rather than naming an objective.</summary>
    public static bool IsIntro(string clean) => Intro().IsMatch(clean);

    /// <summary>A line that reads like a key result even without a list marker: it has a number or starts with a verb.</summary>
    public static bool LooksLikeKeyResult(string clean) =>
        clean.Length is > 0 and < 300 && (clean.Any(char.IsDigit) || KrVerb().IsMatch(clean));

    /// <summary>True when the line starts with a verb key results often start with ("Raise", "Cut", "Launch").</summary>
    public static bool StartsWithVerb(string clean) => KrVerb().IsMatch(clean);

    [GeneratedRegex(@"^(?:(?:why(?:\s+(?:it|this)\s+matters)?|rationale|purpose|context|background)\s*[:\-–—]\s*(?<why>.+)|(?<why>(?:so\s+that|in\s+order\s+to)\b.+))$", RegexOptions.IgnoreCase)]
    private static partial Regex Why();

    [GeneratedRegex(@"^(?:owners?|dri|accountable)\s*[:=\-–—]\s*(?<o>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerLine();

    [GeneratedRegex(@"^(?:unit|team|squad|tribe|department|dept|owning\s+(?:team|unit))\s*:\s*(?<u>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitProperty();

    [GeneratedRegex(@"\s*\((?:[^()]*\s){3,}[^()]*\)")]
    private static partial Regex LongRemark();

    [GeneratedRegex(@"^(?:key\s+|planned\s+|supporting\s+)?(?:initiatives|projects|tasks|epics|activities|actions|bets|deliverables|work\s*items|how\s+we(?:'|’)?ll\s+get\s+there)\s*(?::.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Initiatives();

    [GeneratedRegex(@"^(?:key\s+results?|krs?|measures?(?:\s+of\s+success)?|success\s+metrics)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyResultsMarker();

    [GeneratedRegex(@"^(?:objectives|objectives?\s*(?:and|&)\s*key\s*results?|okrs?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectivesMarker();

    [GeneratedRegex(@"^(?:(?:a\s+few|some|other|additional|general|quick|misc(?:ellaneous)?|important)\s+)?(?:notes?|risks?(?:\s+and\s+\w+)?|dependencies|appendix|context|background|summary|open\s+(?:questions|items|issues)|questions|decisions|links|resources|glossary|(?:table\s+of\s+)?contents|toc|on\s+this\s+page|timeline|retro(?:spective)?|learnings|out\s+of\s+scope|non-goals|assumptions|comments|changelog|history|kpis|health\s+metrics|parking\s+lot|next\s+steps|action\s+items)(?:\s*(?:/|&|\band\b)\s*(?:notes?|risks?(?:\s+and\s+\w+)?|dependencies|appendix|context|background|summary|open\s+(?:questions|items|issues)|questions|decisions|links|resources|glossary|(?:table\s+of\s+)?contents|toc|on\s+this\s+page|timeline|retro(?:spective)?|learnings|out\s+of\s+scope|non-goals|assumptions|comments|changelog|history|kpis|health\s+metrics|parking\s+lot|next\s+steps|action\s+items))?\s*(?:\([^()]*\))?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSection();

    // "Here are…", "as follows", and a line announcing what follows: "Our Q2 OKRs are:", "This quarter's goals:".
    [GeneratedRegex(@"\b(?:here\s+(?:are|is)|below|the\s+following|as\s+follows)\b|\b(?:okrs?|objectives|goals)\b[^:]{0,20}:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Intro();

    [GeneratedRegex(@"^(?:increase|raise|grow|reduce|cut|decrease|lower|lift|improve|launch|ship|release|achieve|reach|hit|maintain|keep|double|triple|halve|complete|deliver|run|validate|test|sign|close|hire|migrate|publish|onboard|get|convert|retain|drive|add|win|land|expand|eliminate|remove|automate|resolve)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KrVerb();

    [GeneratedRegex(@"^(?<f>baseline|start(?:ing)?(?:\s+value)?|current(?:ly)?|today|target|goal)\s*[:=]\s*(?<v>\S.{0,30})$", RegexOptions.IgnoreCase)]
    private static partial Regex ValueLine();
}

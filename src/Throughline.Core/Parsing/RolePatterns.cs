using System.Text.RegularExpressions;

namespace Throughline.Core.Parsing;

/// <summary>
/// The connectors that give numbers their role, matched at the end of the text before a number (leads) or at the
/// start of the text after it (tails). Group <c>c</c> marks the connector so it can be left out of the metric phrase.
/// </summary>
internal static partial class RolePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<c>\bstretch(?:\s+(?:goal|target|value))?(?:\s*(?:[:=]|of|is|at|to|->|→))?)\s*$", Options)]
    public static partial Regex StretchLead();

    [GeneratedRegex(@"(?<c>\b(?:(?:baseline|base|currently|current|today|now|was|vs\.?|versus|starting\s+(?:point|at)|(?:up|down)\s+from|from\s+an?\s+(?:baseline|base)\s+of)(?:\s+(?:is|of|at|value|level))?(?:\s*[:=])?|(?:q[1-4]|h[12]|(?:last|previous|prior)\s+(?:quarter|half|year|month|cycle))(?:\s+(?:19|20)\d\d)?\s*[:=]))\s*$", Options)]
    public static partial Regex BaselineLead();

    [GeneratedRegex(@"(?<c>\b(?:per|every|each|top|bottom|first|last|past|next|with|among|across|out\s+of|in\s+the\s+top|of\s+the\s+top|sample\s+of|n\s*=)|\#)\s*$", Options)]
    public static partial Regex QualifierLead();

    /// <summary>
    /// Words that make the next number describe which items are counted: "every deal &gt; $50k" (a size; "per" is left to the metric: "cost per meal below €0.85"), "findings
    /// open &gt; 30 days", "bugs older than 14 days" (an age), "leads that convert at 20%" (a relative clause).
    /// </summary>
    [GeneratedRegex(@"(?<c>\b(?:(?<each>every|each|any|all)\s+\p{L}+(?:\s+\p{L}+)?\s*(?:>=?|<=?|≥|≤|over|above|under|below|more\s+than|less\s+than|of)|(?<age>open|opened|older|aged?|outstanding|unresolved|pending|stale)(?:\s+(?:for|than))?\s*(?:>=?|≥|over|more\s+than|longer\s+than)?))\s*$", Options)]
    public static partial Regex DescribingLead();

    [GeneratedRegex(@"\b(?:that|which|who|whose)\b", Options)]
    public static partial Regex RelativeClause();

    [GeneratedRegex(@"(?<c>\b(?<w>within|in|after|over|during|for|inside)(?:\s+(?:the|their|its|our|a|an))?(?:\s+(?:first|last|past|next))?)\s*$", Options)]
    public static partial Regex DurationLead();

    [GeneratedRegex(@"(?<c>\bfrom(?:\s+(?:a|the|about|around|approx\.?|approximately|roughly|~))?)\s*$", Options)]
    public static partial Regex FromLead();

    [GeneratedRegex(@"(?<c>(?:\bto\s+)?(?:\b(?:under|below|beneath|less\s+than|fewer\s+than|lower\s+than|at\s+most|no\s+more\s+than|not\s+more\s+than|no\s+higher\s+than|max(?:imum)?(?:\s+of)?|at\s+or\s+below|not\s+(?:to\s+)?exceed(?:ing)?|within)|<=?|≤|≦|=<)(?:\s*[:=])?)\s*$", Options)]
    public static partial Regex AtMostLead();

    [GeneratedRegex(@"(?<c>(?:\bto\s+)?(?:\b(?:above|over|more\s+than|greater\s+than|higher\s+than|at\s+least|no\s+less\s+than|not\s+less\s+than|no\s+lower\s+than|min(?:imum)?(?:\s+of)?|at\s+or\s+above|north\s+of|exceed(?:s|ing)?|beyond|upwards\s+of|in\s+excess\s+of)|>=?|≥|≧)(?:\s*[:=])?)\s*$", Options)]
    public static partial Regex AtLeastLead();

    [GeneratedRegex(@"(?<c>\b(?:up\s+|down\s+)?by(?:\s+(?:another|an\s+additional|a\s+further|at\s+least|over|more\s+than|approximately|about|around|roughly|~))?)\s*$", Options)]
    public static partial Regex ByLead();

    [GeneratedRegex(@"(?<c>\b(?:to|reach(?:es|ed|ing)?|hit(?:s|ting)?|achiev(?:e|es|ing)|attain|at|of|is|be|target(?:\s+of)?|goal(?:\s+of)?|get\s+to|around|about|approximately)|=|:|~)\s*$", Options)]
    public static partial Regex TargetLead();

    [GeneratedRegex(@"^\s*(?:->|-->|—>|–>|=>|⇒|→|➝|➔|⟶|➜|to)\s*$", Options)]
    public static partial Regex Arrow();

    /// <summary>"fewer", "more" or "less" without "than": the KR asks for more or fewer of something it counts.</summary>
    [GeneratedRegex(@"\b(?:fewer|more|less)\b(?!\s+than\b)", Options)]
    public static partial Regex Comparative();

    [GeneratedRegex(@"\bbetween\s*$", Options)]
    public static partial Regex BetweenLead();

    [GeneratedRegex(@"^\s*(?:and|&)\s*$", Options)]
    public static partial Regex And();

    [GeneratedRegex(@"^\s*[-–—]\s*$")]
    public static partial Regex RangeDash();

    [GeneratedRegex(@"^\s*(?:out\s+)?of\s*$", Options)]
    public static partial Regex OutOf();

    [GeneratedRegex(@"^\s*of\b", Options)]
    public static partial Regex OfTail();

    [GeneratedRegex(@"^\s*(?:(?:YoY|QoQ|MoM|WoW)\s+)?(?:increase|growth|uplift|lift|improvement|gain|jump|rise|more|higher|up|better)\b", Options)]
    public static partial Regex UpTail();

    [GeneratedRegex(@"^\s*(?:(?:YoY|QoQ|MoM|WoW)\s+)?(?:reduction|decrease|decline|drop|fewer|less|lower|down|cut|savings?|smaller|faster|shorter|cheaper)\b", Options)]
    public static partial Regex DownTail();

    [GeneratedRegex(@"^\s*(?:YoY|QoQ|MoM|WoW|y/y|q/q|m/m|year[\s-]over[\s-]year|quarter[\s-]over[\s-]quarter|month[\s-]over[\s-]month)\b", Options)]
    public static partial Regex PeriodTail();

    [GeneratedRegex(@"^\s*(?:as\s+(?:a\s+)?)?stretch(?:\s+(?:goal|target))?\b", Options)]
    public static partial Regex StretchTail();

    [GeneratedRegex(@"^\s*(?:today|currently|now|at\s+present)\b", Options)]
    public static partial Regex BaselineTail();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Throughline.Core.Parsing;

/// <summary>
/// Reads deadlines as people write them in OKRs: <c>by end of Q2</c>, <c>Q3 2026</c>, <c>EOQ</c>, <c>by June 30</c>,
/// <c>30 June</c>, <c>2026-06-30</c>, <c>by 6/30</c> (US month/day), <c>in H1</c>, <c>EOY</c>, <c>by March</c>,
/// <c>by end of 2026</c>, <c>by week 6</c>, <c>within the quarter</c>. Relative phrases resolve with a
/// <see cref="KrParseContext"/>. Durations (<c>within 7 days</c>, <c>in 30 days</c>) are not deadlines.
/// </summary>
public static partial class DeadlineParser
{
    private const string Lead = @"(?<lead>\b(?<lw>by|before|until|till|through|thru|no\s+later\s+than|in|during|on|for|within|due(?:\s+(?:by|on))?|deadline|eta|target\s+date|at)(?:\s*:)?\s+)?";
    private const string EndOf = @"(?<eo>\b(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?)?(?<![\p{L}\p{N}$€£.,/])";
    private const string Iso = @"(?<iso>(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2}))";
    private const string Slash = @"(?<slash>(?<m>\d{1,2})/(?<d>\d{1,2})(?:/(?<y>\d{4}|\d{2}))?)";
    private const string DayMonth = @"(?<dm>(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + CalendarMath.MonthPattern + @")\.?(?:,?\s+(?<y>\d{4}))?)";
    private const string MonthDay = @"(?<md>(?<mon>" + CalendarMath.MonthPattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?)";
    private const string Quarter = @"(?<q>(?:EO)?Q(?<qn>[1-4])(?:\s*['’/-]\s*(?<y>\d{4}|\d{2})|\s+(?<y>\d{4})|\s+FY\s?['’]?(?<fy>\d{4}|\d{2}))?|(?-i:(?<qn>[1-4])Q)(?:\s*['’]?(?<y>\d{4}|\d{2}))?|(?<y>\d{4})\s*-?\s*Q(?<qn>[1-4])|FY\s?['’]?(?<fy>\d{4}|\d{2})\s*[-/]?\s*Q(?<qn>[1-4]))";
    private const string Half = @"(?<h>H(?<hn>[12])(?:\s*['’/-]\s*(?<y>\d{4}|\d{2})|\s+(?<y>\d{4}))?|(?-i:(?<hn>[12])H)(?:\s*['’]?(?<y>\d{4}|\d{2}))?|(?:the\s+)?(?<hw>first|second)\s+half(?:\s+of(?:\s+(?:the\s+)?year)?)?(?:\s+(?<y>\d{4}))?)";
    private const string Cycle = @"(?<cyc>EOQ|QE|quarter[\s-]?end|cycle[\s-]?end|(?<cw>this|the|current)\s+(?:quarter|cycle|period)|quarter|cycle)";
    private const string YearEnd = @"(?<eoy>EOY|YE|year[\s-]?end|(?<yw>this|the)\s+(?:calendar\s+|fiscal\s+)?year|(?:calendar\s+|fiscal\s+)?year)(?:\s*['’]?(?<y>\d{4}|\d{2})(?![\p{L}\p{N}]))?";
    private const string Week = @"(?<wk>(?:week|wk)\s?\#?(?<wn>\d{1,2}))";
    private const string Month = @"(?<mon1>(?<mon>" + CalendarMath.MonthPattern + @"))\.?(?:\s+(?<y>\d{4}))?";
    private const string FiscalYear = @"(?<fyo>FY\s?['’]?(?<fy>\d{4}|\d{2}))";
    private const string Year = @"(?<yr>(?<y>(?:19|20)\d{2}))";
    private const string AfterDate = @"(?![\p{L}\p{N}]|[.,/]\d|\s?%)";

    /// <summary>
    /// Reads <paramref name="text"/> as one deadline phrase (e.g. a spreadsheet cell such as <c>end of Q2</c>,
    /// <c>2026-06-30</c> or <c>by June 30</c>). Bare month names and quarters are accepted here.
    /// </summary>
    /// <returns>False when the text is not exactly one deadline, or it needs a cycle date the context lacks.</returns>
    public static bool TryParse(string? text, KrParseContext context, out DateOnly deadline)
    {
        ArgumentNullException.ThrowIfNull(context);
        deadline = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().TrimEnd('.', ',', ';', ':').Trim();
        var match = Scan(trimmed, context, standalone: true).FirstOrDefault();
        if (match is null || match.Start != 0 || match.End != trimmed.Length || match.Date is not { } date)
        {
            return false;
        }

        deadline = date;
        return true;
    }

    /// <summary>Every deadline phrase in key result text, in order, including periods the text names (<see cref="DeadlineMatch.NamesPeriod"/>).</summary>
    internal static IReadOnlyList<DeadlineMatch> FindAll(string text, KrParseContext context) =>
        Scan(text, context, standalone: false).ToList();

    private static IEnumerable<DeadlineMatch> Scan(string text, KrParseContext context, bool standalone)
    {
        var position = 0;
        while (position < text.Length)
        {
            var m = DeadlineRegex().Match(text, position);
            if (!m.Success)
            {
                yield break;
            }

            if (standalone || IsDeadline(m, text))
            {
                var found = Resolve(m, context);
                if (found is not null)
                {
                    // A period that ended before the cycle began ("10-15% higher than Q3", "(Q3: $420)") is what the
                    // key result is compared with, not when it is due.
                    var before = found.Date is { } date && context.CycleStart is { } start && date < start;
                    yield return !standalone && (before || IsLaterPeriodNamed(m, found, context)) ? found with { NamesPeriod = true } : found;
                    position = m.Index + m.Length;
                    continue;
                }
            }

            position = m.Index + 1;
        }
    }

    private static bool IsDeadline(Match m, string text)
    {
        // "by 35% vs FY26 H1", "compared with Q2": the period is what the result is compared with.
        if (ComparedWith().IsMatch(text.AsSpan(0, m.Index)))
        {
            return false;
        }

        var lead = m.Groups["lead"].Success;
        var endOf = m.Groups["eo"].Success;
        var leadWord = m.Groups["lw"].Value.ToLowerInvariant();
        if (m.Groups["slash"].Success || m.Groups["mon1"].Success)
        {
            // "(Dec 2026)": a month with its year set apart by brackets or commas is a date even without "by".
            var yearApart = m.Groups["mon1"].Success && m.Groups["y"].Success && StandsApart(m, text);
            return (lead && leadWord is not ("at" or "within")) || endOf || yearApart;
        }

        if (m.Groups["fyo"].Success)
        {
            // "Territory plan for FY27 approved": a fiscal year after "for" names what the work is about.
            return endOf || (lead ? leadWord is not ("for" or "on" or "at") : StandsApart(m, text));
        }

        if (m.Groups["q"].Success || m.Groups["h"].Success)
        {
            return lead || endOf || StandsApart(m, text);
        }

        if (m.Groups["cyc"].Success)
        {
            var bare = m.Groups["cyc"].Value.ToLowerInvariant() is "quarter" or "cycle";
            return bare ? endOf : !m.Groups["cw"].Value.Equals("the", StringComparison.OrdinalIgnoreCase) || lead || endOf;
        }

        if (m.Groups["eoy"].Success)
        {
            var word = m.Groups["eoy"].Value.ToLowerInvariant();
            return word.EndsWith("year", StringComparison.Ordinal) && !word.StartsWith("this", StringComparison.Ordinal)
                ? endOf || (lead && m.Groups["yw"].Success)
                : true;
        }

        if (m.Groups["wk"].Success)
        {
            return endOf || (lead && leadWord is not ("in" or "within" or "for" or "on" or "during"));
        }

        if (m.Groups["yr"].Success)
        {
            return endOf || (lead && leadWord is not ("on" or "at" or "within" or "for"));
        }

        return true;
    }

    /// <summary>
    /// "Content calendar for H1 2027 agreed": a period after "for" that starts after the cycle has ended names what
    /// the work plans, not when it is due.
    /// </summary>
    private static bool IsLaterPeriodNamed(Match m, DeadlineMatch found, KrParseContext context) =>
        context.CycleEnd is { } end && found.Date is { } date && date > end
        && m.Groups["lw"].Value.Equals("for", StringComparison.OrdinalIgnoreCase) && !m.Groups["eo"].Success;

    private static bool StandsApart(Match m, string text)
    {
        var before = text[..m.Index].TrimEnd();
        var after = text[(m.Index + m.Length)..].TrimStart();
        return before.Length == 0 || "([,;:|-–—".Contains(before[^1], StringComparison.Ordinal)
            || after.Length == 0 || ")],;|.".Contains(after[0], StringComparison.Ordinal);
    }

    private static DeadlineMatch? Resolve(Match m, KrParseContext context)
    {
        var g = m.Groups;
        var written = g["y"].Success ? CalendarMath.Year(g["y"].Value) : (int?)null;
        string? note = null;
        if (g["fy"].Success)
        {
            written = CalendarMath.Year(g["fy"].Value);
            note = $"fiscal year in \"{m.Value.Trim()}\" read as calendar year {written}";
        }

        var year = written ?? context.Year;
        DateOnly? date;
        if (g["iso"].Success || g["slash"].Success)
        {
            var (month, day) = (Int(g["m"]), Int(g["d"]));
            date = CalendarMath.Date(year, month, day)
                ?? (g["slash"].Success ? CalendarMath.Date(year, day, month) : null);
        }
        else if (g["mon"].Success)
        {
            var month = CalendarMath.Month(g["mon"].Value);
            date = g["d"].Success ? CalendarMath.Date(year, month, Int(g["d"])) : CalendarMath.EndOfMonth(year, month);
        }
        else if (g["q"].Success)
        {
            date = CalendarMath.EndOfQuarter(year, Int(g["qn"]));
        }
        else if (g["h"].Success)
        {
            var second = g["hn"].Value == "2" || g["hw"].Value.Equals("second", StringComparison.OrdinalIgnoreCase);
            date = new DateOnly(year, second ? 12 : 6, second ? 31 : 30);
        }
        else if (g["cyc"].Success)
        {
            date = context.CycleEnd;
            note = date is null ? $"deadline \"{m.Value.Trim()}\" needs the cycle's end date" : null;
        }
        else if (g["wk"].Success)
        {
            date = context.CycleStart?.AddDays((7 * Int(g["wn"])) - 1);
            note = date is null ? $"deadline \"{m.Value.Trim()}\" needs the cycle's start date" : null;
        }
        else
        {
            date = new DateOnly(year, 12, 31);
        }

        if (date is null && note is null)
        {
            return null;
        }

        if (date is { } d && written is null && !g["cyc"].Success && !g["wk"].Success)
        {
            date = CalendarMath.IntoCycle(d, context);
        }

        var text = m.Value.TrimEnd();
        return new DeadlineMatch(m.Index, m.Index + text.Length, text, date, note);
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])" + Lead + EndOf + "(?:" + Iso + "|" + Slash + "|" + DayMonth + "|" + MonthDay + "|" + Quarter + "|" + Half + "|" + Cycle + "|" + YearEnd + "|" + Week + "|" + Month + "|" + FiscalYear + "|" + Year + ")" + AfterDate, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DeadlineRegex();

    [GeneratedRegex(@"(?:\bvs\.?|\bversus|\bcompared\s+(?:to|with)|\bthan|\brelative\s+to)\s*(?:FY\s?'?\d{2,4}\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWith();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>
/// The cycle an OKR document says it is for, read from its first three lines and its headings: "# Q1 2027 OKRs", "2027-H1 goals",
/// "**Payments — Q3'26**", "FY27 Q1" (a fiscal year read as the calendar year of the same number, which the caller
/// says), "Sep–Dec 2025" (whole months: a quarter, half or year when they are one, else a span such as
/// <c>2025-09..2025-12</c>). Deadlines in key results ("by Q3 2026") are not read: only the first line and headings.
/// </summary>
public static partial class DocumentCycle
{
    /// <summary>
    /// The one cycle the title and headings of <paramref name="text"/> name, with the 1-based line and the words that
    /// name it; null when they name none, or several different ones (then the caller's default stands).
    /// </summary>
    public static (Cycle Cycle, int Line, string Words)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(string Id, int Line, string Words)>();
        var lines = text.Split('\n');
        // The title block: a deck's export puts the cycle on its second or third line ("FY26 H2 PLANNING").
        var titleLines = 3;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // Only the opening lines before any list: "- KR: Grow MRR by Q3 2027" is a deadline, not the cycle.
            if (ListStart().IsMatch(line))
            {
                titleLines = 0;
            }

            if (titleLines > 0 || line.StartsWith('#') || (line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal)))
            {
                found.AddRange(Named(line).Select(n => (n.Id, i + 1, n.Words)));
            }

            titleLines--;
        }

        // Months stated outright ("FY26 H2 PLANNING (APR – SEP 2026)") say more than a name read as a calendar period.
        var months = found.Where(f => MonthRange().IsMatch(f.Words)).ToList();
        var chosen = months.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count() == 1 ? months : found;
        var ids = chosen.Select(f => f.Id).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 1 && CycleCalendar.TryCreate(ids[0], out var cycle) ? (cycle, chosen[0].Line, chosen[0].Words) : null;
    }

    private static IEnumerable<(string Id, string Words)> Named(string line)
    {
        foreach (var pattern in new[] { QuarterFirst(), YearFirst() })
        {
            foreach (Match m in pattern.Matches(line))
            {
                yield return ($"{Year(m.Groups["y"].Value)}-{m.Groups["k"].Value.ToUpperInvariant()}{m.Groups["n"].Value}", m.Value.Trim());
            }
        }

        foreach (Match m in MonthRange().Matches(line))
        {
            var (from, to) = (MonthNumber(m.Groups["m1"].Value), MonthNumber(m.Groups["m2"].Value));
            var lastYear = int.Parse(Year(m.Groups["y2"].Value), CultureInfo.InvariantCulture);
            var firstYear = m.Groups["y1"].Success ? int.Parse(Year(m.Groups["y1"].Value), CultureInfo.InvariantCulture) : from <= to ? lastYear : lastYear - 1;
            yield return (CycleCalendar.IdOf(new DateOnly(firstYear, from, 1), new DateOnly(lastYear, to, 1)), m.Value.Trim());
        }
    }

    /// <summary>1 for "Jan" or "January", 9 for "Sep", "Sept" or "September".</summary>
    private static int MonthNumber(string name) =>
        Array.FindIndex(Months, m => name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>"27" is 2027; a four-digit year stays.</summary>
    private static string Year(string year) => year.Length == 2 ? (2000 + int.Parse(year, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture) : year;

    /// <summary>"Q1 2027", "Q1'27", "Q1 '27", "H2 2026", "Q3-2026", "Q1 FY27", "Q1 FY2027".</summary>
    [GeneratedRegex(@"\b(?:(?<k>Q)(?<n>[1-4])|(?<k>H)(?<n>[12]))\s*(?:[-/]\s*|\s*'\s*|\s+FY\s?'?|\s+)(?<y>(?:19|20)\d\d|(?<=['Yy]\s?)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterFirst();

    /// <summary>"2027 Q1", "2027-Q1", "2026/H2", "FY27 Q1", "FY2027-Q1".</summary>
    [GeneratedRegex(@"(?:\b|(?<=FY\s?'?))(?<y>(?:19|20)\d\d|(?<=FY\s?'?)\d\d)\s*[-/ ]\s*(?:(?<k>Q)(?<n>[1-4])|(?<k>H)(?<n>[12]))\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?:[-*+•]|\d{1,3}[.)])\s")]
    private static partial Regex ListStart();

    private const string MonthName = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    /// <summary>"Sep–Dec 2025", "September 2025 - January 2026", "Jan to Mar '27", "Oct 2025 through Mar 2026".</summary>
    [GeneratedRegex(@"\b(?<m1>" + MonthName + @")(?:\s+(?<y1>(?:19|20)\d\d))?\s*(?:[-–—]|\bto\b|\bthrough\b|\buntil\b)\s*(?<m2>" + MonthName + @")\s*(?:'|’)?\s*(?<y2>(?:19|20)\d\d|(?<=['’]\s?)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthRange();
}

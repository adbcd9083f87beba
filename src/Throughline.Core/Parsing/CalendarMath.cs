namespace Throughline.Core.Parsing;

/// <summary>Calendar helpers for deadlines: month names, quarter and half ends, two-digit years.</summary>
internal static class CalendarMath
{
    private static readonly string[] Months =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    /// <summary>The regex alternation of month names and abbreviations.</summary>
    public const string MonthPattern =
        "january|february|march|april|may|june|july|august|september|october|november|december|"
        + "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    /// <summary>1-based month of a month name or abbreviation; 0 when unknown.</summary>
    public static int Month(string name)
    {
        var n = name.Trim().TrimEnd('.').ToLowerInvariant();
        return n.Length < 3 ? 0 : Array.IndexOf(Months, n[..3]) + 1;
    }

    /// <summary>The year of a written year: 2026, or 26 read as 2026.</summary>
    public static int Year(string written)
    {
        var digits = written.Trim().TrimStart('\'', '’');
        var year = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return year < 100 ? 2000 + year : year;
    }

    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static DateOnly EndOfQuarter(int year, int quarter) => EndOfMonth(year, quarter * 3);

    /// <summary>A date, or null when the day does not exist in that month.</summary>
    public static DateOnly? Date(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// Moves a date written without a year into the cycle: a date before the cycle's start is read as next year's
    /// (a Q4 cycle's "by January 15" is the coming January). A few days before the start are left alone.
    /// </summary>
    public static DateOnly IntoCycle(DateOnly date, KrParseContext context) =>
        context.CycleStart is { } start && date.AddDays(31) < start ? date.AddYears(1) : date;
}

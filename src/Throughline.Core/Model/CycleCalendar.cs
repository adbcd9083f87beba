using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Throughline.Core.Model;

/// <summary>
/// Calendar cycles from their usual ids: <c>2026-Q1</c> (a quarter), <c>2026-H2</c> (a half), <c>2026</c> (a year),
/// and <c>2025-09..2025-12</c> (whole months, up to two years: a term or trimester).
/// </summary>
public static partial class CycleCalendar
{
    /// <summary>The calendar cycle an id names, with its first and last day.</summary>
    public static bool TryCreate(string id, [NotNullWhen(true)] out Cycle? cycle)
    {
        cycle = null;
        if (MonthSpan().Match(id.Trim()) is { Success: true } span)
        {
            if (Number(span, "m1") is < 1 or > 12 || Number(span, "m2") is < 1 or > 12)
            {
                return false;
            }

            var first = new DateOnly(Number(span, "y1"), Number(span, "m1"), 1);
            var last = new DateOnly(Number(span, "y2"), Number(span, "m2"), 1);
            if (last < first || last > first.AddMonths(23))
            {
                return false;
            }

            cycle = new Cycle { Id = id.Trim(), Start = first, End = last.AddMonths(1).AddDays(-1) };
            return true;
        }

        var match = CycleId().Match(id.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var (firstMonth, months) = match.Groups["kind"].Value.ToUpperInvariant() switch
        {
            "Q" => ((int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 3),
            "H" => ((int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) - 1) * 6 + 1, 6),
            _ => (1, 12),
        };
        var start = new DateOnly(year, firstMonth, 1);
        cycle = new Cycle { Id = id.Trim(), Start = start, End = start.AddMonths(months).AddDays(-1) };
        return true;
    }

    /// <summary>
    /// The id of the months <paramref name="first"/> to <paramref name="last"/> (whole months): a calendar quarter, half
    /// or year when they are one ("2026-Q1", "2026-H2", "2026"), otherwise a span of months ("2025-09..2025-12").
    /// </summary>
    public static string IdOf(DateOnly first, DateOnly last)
    {
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        return (months, first.Month, first.Year == last.Year) switch
        {
            (3, 1 or 4 or 7 or 10, true) => $"{first.Year}-Q{(first.Month - 1) / 3 + 1}",
            (6, 1 or 7, true) => $"{first.Year}-H{(first.Month - 1) / 6 + 1}",
            (12, 1, true) => first.Year.ToString(CultureInfo.InvariantCulture),
            _ => string.Create(CultureInfo.InvariantCulture, $"{first.Year}-{first.Month:00}..{last.Year}-{last.Month:00}"),
        };
    }

    /// <summary>The calendar quarter holding <paramref name="date"/>.</summary>
    public static Cycle QuarterOf(DateOnly date)
    {
        TryCreate($"{date.Year}-Q{(date.Month - 1) / 3 + 1}", out var cycle);
        return cycle!;
    }

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)(?:-(?:(?<kind>[Qq])(?<n>[1-4])|(?<kind>[Hh])(?<n>[12])))?$")]
    private static partial Regex CycleId();

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y1>(?:19|20)\d\d)-(?<m1>\d\d)\.\.(?<y2>(?:19|20)\d\d)-(?<m2>\d\d)$")]
    private static partial Regex MonthSpan();
}

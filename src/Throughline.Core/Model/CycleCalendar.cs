using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Throughline.Core.Model;

/// <summary>Calendar cycles from their usual ids: <c>2026-Q1</c> (a quarter), <c>2026-H2</c> (a half), <c>2026</c> (a year).</summary>
public static partial class CycleCalendar
{
    /// <summary>The calendar cycle an id names, with its first and last day.</summary>
    public static bool TryCreate(string id, [NotNullWhen(true)] out Cycle? cycle)
    {
        cycle = null;
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

    /// <summary>The calendar quarter holding <paramref name="date"/>.</summary>
    public static Cycle QuarterOf(DateOnly date)
    {
        TryCreate($"{date.Year}-Q{(date.Month - 1) / 3 + 1}", out var cycle);
        return cycle!;
    }

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)(?:-(?:(?<kind>[Qq])(?<n>[1-4])|(?<kind>[Hh])(?<n>[12])))?$")]
    private static partial Regex CycleId();
}

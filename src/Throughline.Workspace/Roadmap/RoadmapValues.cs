using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Workspace.Roadmap;

/// <summary>Reads the cells of a roadmap export: statuses, estimates, durations, dates, team names.</summary>
internal static partial class RoadmapValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.fffK",
        "d/MMM/yy", "dd/MMM/yy", "d/MMM/yy h:mm tt", "dd/MMM/yy h:mm tt", "d/MMM/yyyy", "dd/MMM/yyyy", "d MMM yyyy", "MMM d, yyyy", "yyyy/MM/dd",
    ];

    public static InitiativeStatus? Status(string text) => Squash(text) switch
    {
        "todo" or "backlog" or "open" or "new" or "triage" or "selectedfordevelopment" or "planned" or "readyfordevelopment" or "unstarted" => InitiativeStatus.Planned,
        "inprogress" or "inreview" or "inqa" or "indevelopment" or "started" or "codereview" or "review" or "testing" => InitiativeStatus.InProgress,
        "done" or "closed" or "resolved" or "shipped" or "released" or "completed" or "complete" => InitiativeStatus.Shipped,
        "blocked" or "onhold" => InitiativeStatus.Blocked,
        "wontdo" or "cancelled" or "canceled" or "duplicate" or "wontfix" => InitiativeStatus.Cancelled,
        _ => null,
    };

    /// <summary>A number of points (decimal point or comma).</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= 0;

    /// <summary>A Jira duration in hours: seconds ("144000") or "1w 2d 4h 30m" (a day is a fifth of a week).</summary>
    public static bool TryHours(string text, double hoursPerWeek, out double hours)
    {
        hours = 0;
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            hours = seconds / 3600.0;
            return true;
        }

        var parts = Duration().Matches(trimmed);
        if (parts.Count == 0 || parts.Sum(p => p.Length) < trimmed.Replace(" ", string.Empty, StringComparison.Ordinal).Length)
        {
            return false;
        }

        foreach (Match part in parts)
        {
            var amount = double.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            hours += part.Groups["u"].Value.ToLowerInvariant() switch
            {
                "w" => amount * hoursPerWeek,
                "d" => amount * hoursPerWeek / 5,
                "h" => amount,
                _ => amount / 60,
            };
        }

        return true;
    }

    public static bool TryDate(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var value))
        {
            date = DateOnly.FromDateTime(value);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>An id-safe slug: "Data Platform" -> "data-platform".</summary>
    public static string Slug(string text)
    {
        var slug = NonSlug().Replace(text.Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "team" : slug;
    }

    private static string Squash(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetter)]);

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?<u>[wdhm])", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"[^a-z0-9._]+")]
    private static partial Regex NonSlug();
}

using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>The words and symbols written around numbers: currencies, magnitudes and units.</summary>
internal static class UnitWords
{
    /// <summary>ISO code of a currency symbol or code (<c>$</c>, <c>€</c>, <c>USD</c>); null when unknown.</summary>
    public static string? Currency(string symbol)
    {
        var s = symbol.Trim();
        return s.ToUpperInvariant() switch
        {
            "" => null,
            "$" or "US$" or "DOLLARS" => "USD",
            "€" or "EUROS" => "EUR",
            "£" or "POUNDS" => "GBP",
            "¥" => "JPY",
            "₹" => "INR",
            "A$" => "AUD",
            "C$" => "CAD",
            "R$" => "BRL",
            "S$" => "SGD",
            _ when s.Length == 3 && s.All(char.IsAsciiLetterUpper) => s,
            _ => null,
        };
    }

    /// <summary>The multiplier of a magnitude word or suffix (<c>k</c>, <c>M</c>, <c>bn</c>, <c>million</c>).</summary>
    public static decimal Magnitude(string magnitude) => magnitude.ToUpperInvariant() switch
    {
        "K" or "THOUSAND" => 1_000m,
        "M" or "MM" or "MN" or "MILLION" => 1_000_000m,
        "B" or "BN" or "BILLION" => 1_000_000_000m,
        _ => 1m,
    };

    /// <summary>Reads a unit suffix; <paramref name="scale"/> converts the value (basis points to points).</summary>
    public static MeasureUnit Unit(string unit, out bool isPoints, out decimal scale)
    {
        isPoints = false;
        scale = 1m;
        var u = string.Join(' ', unit.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        switch (u)
        {
            case "":
                return MeasureUnit.Unspecified;
            case "%" or "percent" or "per cent" or "percentage":
                return MeasureUnit.Percent;
            case "pp" or "p.p." or "ppt" or "ppts" or "percentage point" or "percentage points":
                isPoints = true;
                return MeasureUnit.Percent;
            case "bps" or "basis point" or "basis points":
                isPoints = true;
                scale = 0.01m;
                return MeasureUnit.Percent;
            case "pt" or "pts" or "point" or "points":
                isPoints = true;
                return MeasureUnit.Unspecified;
            case "x" or "×" or "times":
                return MeasureUnit.Multiple;
            case "★" or "star" or "stars":
                return MeasureUnit.Stars;
            default:
                return TimeUnit(u);
        }
    }

    private static MeasureUnit TimeUnit(string u)
    {
        var word = u.Split(' ')[^1];
        return word switch
        {
            "ms" or "msec" or "msecs" or "millisecond" or "milliseconds" => MeasureUnit.Milliseconds,
            "s" or "sec" or "secs" or "second" or "seconds" => MeasureUnit.Seconds,
            "min" or "mins" or "minute" or "minutes" => MeasureUnit.Minutes,
            "h" or "hr" or "hrs" or "hour" or "hours" => MeasureUnit.Hours,
            "d" or "day" or "days" => MeasureUnit.Days,
            "w" or "wk" or "wks" or "week" or "weeks" => MeasureUnit.Weeks,
            "mo" or "mos" or "month" or "months" => MeasureUnit.Months,
            _ => MeasureUnit.Unspecified,
        };
    }

    /// <summary>
    /// A value in one time unit expressed in another (4 hours is 240 minutes); values in other units, or with no unit,
    /// are returned as they are. A month counts as 30 days.
    /// </summary>
    public static double Convert(double value, MeasureUnit from, MeasureUnit to) =>
        from != to && IsTime(from) && IsTime(to) ? value * Seconds(from) / Seconds(to) : value;

    private static double Seconds(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Milliseconds => 0.001,
        MeasureUnit.Seconds => 1,
        MeasureUnit.Minutes => 60,
        MeasureUnit.Hours => 3_600,
        MeasureUnit.Days => 86_400,
        MeasureUnit.Weeks => 604_800,
        _ => 2_592_000,
    };

    /// <summary>Whether a unit measures time.</summary>
    public static bool IsTime(MeasureUnit unit) => unit.IsTime();
}

using System.Globalization;

namespace Throughline.Core.Model;

/// <summary>Formats metric values the way people read them: <c>38%</c>, <c>$1.2M</c>, <c>8,000</c>, <c>200 ms</c>.</summary>
public static class ValueFormat
{
    /// <summary>Formats <paramref name="value"/> in <paramref name="unit"/>.</summary>
    public static string Format(double value, MeasureUnit unit, string? currency = null)
    {
        var number = Number(value);
        return unit switch
        {
            MeasureUnit.Percent => $"{number}%",
            MeasureUnit.Currency => $"{Symbol(currency)}{Compact(value)}",
            MeasureUnit.Milliseconds => $"{number} ms",
            MeasureUnit.Seconds => $"{number} s",
            MeasureUnit.Minutes => $"{number} min",
            MeasureUnit.Hours => $"{number} h",
            MeasureUnit.Days => $"{number} days",
            MeasureUnit.Weeks => $"{number} weeks",
            MeasureUnit.Months => $"{number} months",
            MeasureUnit.Multiple => $"{number}x",
            MeasureUnit.Stars => $"{number} stars",
            MeasureUnit.Count when Math.Abs(value) >= 100_000 => Compact(value),
            _ => number,
        };
    }

    /// <summary>A signed change in <paramref name="unit"/>: <c>+2.5 pts</c> for percentages, <c>-400 ms</c>, <c>+$1.2M</c>.</summary>
    public static string Change(double change, MeasureUnit unit, string? currency = null)
    {
        var sign = change < 0 ? "-" : "+";
        var size = Math.Round(Math.Abs(change), 2);
        return unit == MeasureUnit.Percent ? $"{sign}{Number(size)} pts" : sign + Format(size, unit, currency);
    }

    /// <summary>A plain number with thousands separators and at most two decimals.</summary>
    public static string Number(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A compact number: 1.2M, 450k, 3.1bn.</summary>
    public static string Compact(double value)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1e9 => (value / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + "bn",
            >= 1e6 => (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + "M",
            >= 1e4 => (value / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + "k",
            _ => Number(value),
        };
    }

    private static string Symbol(string? currency) => currency?.ToUpperInvariant() switch
    {
        null or "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        var code => code + " ",
    };
}

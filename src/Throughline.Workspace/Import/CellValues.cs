using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Workspace.Import;

/// <summary>
/// Reads the values of explicit baseline, target and due columns. Plain numbers ("61", "1,200", "66%") and ISO dates
/// are read directly; anything else ("$1.2M", "end of Q3") by the parser's single-value readers
/// (<see cref="QuantityParser"/>, <see cref="DeadlineParser"/>), which refuse a cell that is not exactly one value.
/// </summary>
internal static partial class CellValues
{
    private static readonly char[] Decoration = ['%', '$', '€', '£', '¥', ' ', '\u00A0'];

    public static double? Number(string? cell, string column, SourceRef where, DiagnosticBag diagnostics)
    {
        if (cell is null || cell is "-" or "—" or "n/a" or "N/A" or "?" or "TBD" or "tbd")
        {
            return null;
        }

        // "<15 min", "≥ 58%", "under 2 hrs": the comparator says which side of the number is good; the number is the value.
        cell = Comparator().Replace(cell.Trim(), "");

        // "6,5" (a European export) is six and a half; "1,200" is twelve hundred.
        var trimmed = cell.Trim(Decoration);
        var plain = DecimalComma().IsMatch(trimmed) ? trimmed.Replace(',', '.') : trimmed.Replace(",", "", StringComparison.Ordinal);
        if (double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        // A rate written with its period ("5/wk", "1,200 per month") is the number: the period is the KR's own.
        var withoutPeriod = PerPeriod().Replace(cell, "").Trim();
        double? parsed = QuantityParser.TryParse(withoutPeriod, out var quantity) ? quantity.Value : null;
        if (parsed is null)
        {
            diagnostics.Warning(DiagnosticCodes.BadValue, where, $"the {column} '{cell}' is not a number, so it was left out", $"write the {column} as a plain number such as 42 or 66%");
        }

        return parsed;
    }

    /// <summary>
    /// The unit a value cell writes beside its number: "11.4%" is a percentage, "$120" money, "38 min" minutes, "6 hrs"
    /// hours; null when it says none.
    /// </summary>
    public static MeasureUnit? Unit(string? cell)
    {
        var text = cell is null ? null : Comparator().Replace(cell.Trim(), "");
        return string.IsNullOrEmpty(text) ? null
            : text.EndsWith('%') ? MeasureUnit.Percent
            : text.IndexOfAny(['$', '€', '£', '¥']) >= 0 ? MeasureUnit.Currency
            : QuantityParser.TryParse(text, out var quantity) && quantity.Unit.IsTime() ? quantity.Unit
            : null;
    }

    [GeneratedRegex(@"^(?:<=?|>=?|≤|≥|~|≈|under\s+|below\s+|above\s+|over\s+|at\s+least\s+|at\s+most\s+|max\.?\s+|min\.?\s+|approx\.?\s+)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Comparator();

    public static DateOnly? Date(string? cell, SourceRef where, KrParseContext context, DiagnosticBag diagnostics)
    {
        if (cell is null)
        {
            return null;
        }

        // ISO, and the day-first dotted dates of European exports ("30.09.2026").
        if (DateOnly.TryParseExact(cell.Trim(), ["yyyy-MM-dd", "d.M.yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        DateOnly? parsed = DeadlineParser.TryParse(cell, context, out var deadline) ? deadline : null;
        if (parsed is null)
        {
            diagnostics.Warning(DiagnosticCodes.BadValue, where, $"the due date '{cell}' could not be read, so it was left out", "write the date as YYYY-MM-DD, e.g. 2026-09-30");
        }

        return parsed;
    }

    [GeneratedRegex(@"\s*(?:/|\bper\s+|\ba\s+)(?:d|day|wk|week|mo|month|qtr|quarter|yr|year)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PerPeriod();

    /// <summary>A number whose only comma is followed by one, two or four and more digits: a decimal comma.</summary>
    [GeneratedRegex(@"^-?\d+,(?:\d{1,2}|\d{4,})$")]
    private static partial Regex DecimalComma();
}

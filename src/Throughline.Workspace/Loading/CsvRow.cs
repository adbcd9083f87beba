using System.Globalization;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>One CSV row with typed, diagnosing access to its fields by column name.</summary>
internal sealed class CsvRow
{
    private readonly string[] _fields;
    private readonly IReadOnlyDictionary<string, int> _columns;

    public CsvRow(string file, int line, string[] fields, IReadOnlyDictionary<string, int> columns)
    {
        File = file;
        Line = line;
        _fields = fields;
        _columns = columns;
    }

    public string File { get; }

    public int Line { get; }

    public SourceRef Where => new(File, Line, 1);

    public SourceRef WhereOf(string column) => new(File, Line, ColumnOffset(column));

    public string? Text(string column)
    {
        if (!_columns.TryGetValue(CsvTable.Key(column), out var index) || index >= _fields.Length)
        {
            return null;
        }

        var value = _fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    public string? Required(string column, DiagnosticBag diagnostics)
    {
        var value = Text(column);
        if (value is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingField, WhereOf(column), $"'{column}' is empty", $"fill in '{column}' on this row");
        }

        return value;
    }

    public double? Number(string column, DiagnosticBag diagnostics)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text.Replace(",", "", StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.BadValue, WhereOf(column), $"'{column}' must be a number, got '{text}'", "write a plain number such as 42 or 3.5");
        return null;
    }

    public DateOnly? Date(string column, DiagnosticBag diagnostics)
    {
        var text = Required(column, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(DiagnosticCodes.BadValue, WhereOf(column), $"'{column}' must be a date written YYYY-MM-DD, got '{text}'", "write the date as e.g. 2026-03-31");
        return null;
    }

    /// <summary>1-based column (character offset) where a field starts, approximated from the field lengths.</summary>
    private int ColumnOffset(string column)
    {
        if (!_columns.TryGetValue(CsvTable.Key(column), out var index))
        {
            return 1;
        }

        var offset = 1;
        for (var i = 0; i < index && i < _fields.Length; i++)
        {
            offset += _fields[i].Length + 1;
        }

        return offset;
    }
}

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>
/// A CSV file read row by row with the line each row starts on. Columns are found by header name (case and spacing
/// ignored); missing required columns, bad quoting and wrong field counts become diagnostics.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, Dictionary<string, int> columns, List<CsvRow> rows)
    {
        File = file;
        _columns = columns;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable? Read(string text, string file, IReadOnlyList<string> required, IReadOnlyList<string> optional, DiagnosticBag diagnostics)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null,
            DetectDelimiter = false,
            TrimOptions = TrimOptions.None,
        };
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        using var parser = new CsvParser(reader, config);
        var rows = new List<CsvRow>();
        Dictionary<string, int>? columns = null;
        var headerCount = 0;
        try
        {
            while (parser.Read())
            {
                var line = parser.RawRow;
                var fields = parser.Record ?? [];
                if (columns is null)
                {
                    columns = Header(fields);
                    headerCount = fields.Length;
                    var missing = required.Where(c => !columns.ContainsKey(Key(c))).ToList();
                    if (missing.Count > 0)
                    {
                        diagnostics.Error(
                            DiagnosticCodes.MissingColumn,
                            new SourceRef(file, line, 1),
                            $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))} (found: {string.Join(", ", fields)})",
                            $"the header must name the columns {string.Join(",", required.Concat(optional))}");
                        return null;
                    }

                    continue;
                }

                if (fields.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (fields.Length != headerCount)
                {
                    diagnostics.Error(
                        DiagnosticCodes.MalformedCsv,
                        new SourceRef(file, line, 1),
                        $"row has {fields.Length} fields but the header has {headerCount}",
                        "quote values that contain commas (\"a, b\") and give every row the header's columns");
                    continue;
                }

                rows.Add(new CsvRow(file, line, fields, columns));
            }
        }
        catch (CsvHelperException ex)
        {
            var line = ex.Context?.Parser?.RawRow ?? 0;
            diagnostics.Error(DiagnosticCodes.MalformedCsv, new SourceRef(file, line, 1), "malformed CSV: unbalanced quotes or a broken row", "close every quoted value with a matching '\"' and double quotes inside quoted values (\"\")");
            return null;
        }

        if (columns is null)
        {
            diagnostics.Error(DiagnosticCodes.MalformedCsv, new SourceRef(file, 1, 1), "the file is empty", $"start it with the header line {string.Join(",", required.Concat(optional))}");
            return null;
        }

        return new CsvTable(file, columns, rows);
    }

    internal static string Key(string column) =>
        new([.. column.Trim().ToLowerInvariant().Where(c => c is not ' ' and not '_' and not '-')]);

    private static Dictionary<string, int> Header(string[] fields)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            columns.TryAdd(Key(fields[i]), i);
        }

        return columns;
    }
}

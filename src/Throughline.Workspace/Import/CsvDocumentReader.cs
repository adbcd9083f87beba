using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Throughline.Core.Diagnostics;
using Throughline.Core.Parsing;

namespace Throughline.Workspace.Import;

/// <summary>
/// Reads a CSV (or tab- or semicolon-separated) OKR export: a header naming at least an objective and a key result
/// column, then one key result per row. Quoted fields may hold commas and line breaks.
/// </summary>
internal static class CsvDocumentReader
{
    public static void Read(string text, DraftDocument document, KrParseContext context)
    {
        text = text.TrimStart('\uFEFF');
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null,
            MissingFieldFound = null,
            DetectDelimiter = false,
            Delimiter = Delimiter(text),
            TrimOptions = TrimOptions.None,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        RowImporter? rows = null;
        GoalTree? goals = null;
        TypedRows? typed = null;
        var preamble = new List<int>();
        try
        {
            while (parser.Read())
            {
                var fields = parser.Record ?? [];
                var line = StartLine(parser);
                if (rows is null && goals is null && typed is null)
                {
                    if (fields.All(string.IsNullOrWhiteSpace))
                    {
                        continue;
                    }

                    // A sheet's title row ("Kestrel Analytics - Q3 2026 OKRs") above its header.
                    if (!IsHeader(fields) && preamble.Count < MaxPreambleRows)
                    {
                        preamble.Add(line);
                        continue;
                    }

                    ReportPreamble(document, preamble);
                    typed = TypedRows.TryStart(fields, line, document, context);
                    goals = typed is null ? GoalTree.TryStart(fields, line, document, context) : null;
                    rows = typed is null && goals is null ? Header(fields, line, document, context) : null;
                    if (rows is null && goals is null && typed is null)
                    {
                        return;
                    }

                    continue;
                }

                if (!fields.All(string.IsNullOrWhiteSpace))
                {
                    if (typed is not null)
                    {
                        typed.Row(fields, line);
                    }
                    else if (goals is not null)
                    {
                        goals.Row(fields, line);
                    }
                    else
                    {
                        rows!.Row(fields, line, index => Column(fields, index));
                    }
                }
            }
        }
        catch (CsvHelperException ex)
        {
            var line = ex.Context?.Parser?.RawRow ?? 0;
            document.Diagnostics.Error(DiagnosticCodes.MalformedCsv, document.At(line), "malformed CSV: a quoted field is not closed", "close every quoted value with a matching '\"' and double the quotes inside it (\"\")");
            return;
        }

        goals?.LinkParents();
        typed?.Finish();
        rows?.LinkParents();
        if (rows is null && goals is null && typed is null)
        {
            if (preamble.Count > 0)
            {
                Header(["(no header found)"], preamble[0], document, context);
                return;
            }

            document.Diagnostics.Error(DiagnosticCodes.MalformedCsv, document.At(1), "the CSV file is empty", $"start it with a header such as {string.Join(",", ColumnMap.Expected)}");
        }
    }

    /// <summary>Rows read before the header at most, as a sheet's title and notes.</summary>
    private const int MaxPreambleRows = 5;

    /// <summary>A header of any export this reader knows: objective and key result columns, a goal tree's, or typed rows'.</summary>
    private static bool IsHeader(string[] fields)
    {
        var columns = new ColumnMap(fields);
        return columns.IsOkrTable || columns.Has(ColumnRole.Goal) || TypedRows.IsHeader(columns);
    }

    private static void ReportPreamble(DraftDocument document, List<int> preamble)
    {
        if (preamble.Count > 0)
        {
            var plural = preamble.Count == 1 ? "" : "s";
            document.Skipped(document.At(preamble[0]), $"{preamble.Count} row{plural} above the header (line{plural} {string.Join(", ", preamble)}) read as the sheet's title and skipped", "nothing to do if it is a title; otherwise put the header first");
        }
    }

    /// <summary>True when the first line reads as the header of an OKR CSV export.</summary>
    public static bool LooksLikeCsv(string text)
    {
        var first = text.TrimStart('\uFEFF').Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (first is null || first.StartsWith('|') || first.StartsWith('#'))
        {
            return false;
        }

        var delimiter = Delimiter(first);
        var header = new ColumnMap([.. first.Split(delimiter).Select(h => h.Trim().Trim('"'))]);
        return first.Contains(delimiter, StringComparison.Ordinal) && ((header.Has(ColumnRole.Objective) && header.Has(ColumnRole.KeyResult)) || header.Has(ColumnRole.Goal));
    }

    private static RowImporter? Header(string[] fields, int line, DraftDocument document, KrParseContext context)
    {
        var columns = new ColumnMap(fields);
        var missing = new[] { (ColumnRole.Objective, "Objective"), (ColumnRole.KeyResult, "Key Result (or KR)") }
            .Where(c => !columns.Has(c.Item1)).Select(c => c.Item2).ToList();
        if (missing.Count > 0)
        {
            var found = string.Join(", ", fields.Where(f => f.Trim().Length > 0).Select(f => $"'{f.Trim()}'"));
            document.Diagnostics.Error(
                DiagnosticCodes.MissingColumn,
                document.At(line),
                $"the CSV has no {string.Join(" or ", missing)} column (found: {(found.Length == 0 ? "none" : found)})",
                $"name the columns in the header line; expected: {string.Join(", ", ColumnMap.Expected)}");
            return null;
        }

        columns.ReportLeftOut(document, document.At(line));

        return new RowImporter(document, columns, context, unitId: null, objective: null);
    }

    /// <summary>The line a record starts on: the parser's line count after the record, less the line breaks inside it.</summary>
    private static int StartLine(CsvParser parser)
    {
        var raw = parser.RawRecord.TrimEnd('\r', '\n');
        return parser.RawRow - raw.Count(c => c == '\n');
    }

    private static int Column(string[] fields, int index)
    {
        var column = 1;
        for (var i = 0; i < index && i < fields.Length; i++)
        {
            column += fields[i].Length + 1;
        }

        return column;
    }

    private static string Delimiter(string text)
    {
        var first = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        var counts = new[] { ",", "\t", ";" }.Select(d => (Delimiter: d, Count: first.Count(c => c == d[0]))).ToList();
        var best = counts.MaxBy(c => c.Count);
        return best.Count == 0 ? "," : best.Delimiter;
    }
}

using System.Text.RegularExpressions;
using Throughline.Core.Parsing;

namespace Throughline.Workspace.Import;

/// <summary>
/// Reads a Markdown pipe table of OKRs (<c>| Objective | Key Result | Owner | Target |</c>). A table without an
/// objective column adds its rows as key results of the objective above it.
/// </summary>
internal static partial class MarkdownTable
{
    /// <summary>Reads the table rows in <paramref name="rows"/>; returns the objective the last row belonged to.</summary>
    public static DraftObjective? Read(IReadOnlyList<SourceLine> rows, DraftDocument document, KrParseContext context, string? unitId, DraftObjective? objective)
    {
        var header = Cells(rows[0]);
        var columns = new ColumnMap([.. header.Select(c => c.Text)]);
        if (!columns.IsOkrTable && IsPropertyTable(rows, header))
        {
            // | **Owner** | @Angela | / | **Status** | IN PROGRESS |: a wiki page's properties, not OKRs.
            document.Skipped(document.At(rows[0].Number, rows[0].Column), $"a table of page properties ({rows.Count(r => !Separator().IsMatch(r.Content)) - (header.All(c => c.Text.Length == 0) ? 1 : 0)} rows) was skipped", "nothing to do: an owner or cycle named there can be given with --unit or --cycle");
            return objective;
        }

        if (!columns.IsOkrTable)
        {
            document.Unplaced(
                document.At(rows[0].Number, rows[0].Column),
                $"a table without an objective or key result column was skipped (columns: {string.Join(", ", header.Select(c => $"'{c.Text}'"))})",
                $"name the columns, e.g. | {string.Join(" | ", ColumnMap.Expected)} |");
            return objective;
        }

        columns.ReportLeftOut(document, document.At(rows[0].Number, rows[0].Column));

        var importer = new RowImporter(document, columns, context, unitId, objective) { CellLinesAreLines = false };
        foreach (var row in rows.Skip(1))
        {
            if (Separator().IsMatch(row.Content))
            {
                continue;
            }

            var cells = Cells(row);
            importer.Row([.. cells.Select(c => c.Text)], row.Number, index => index < cells.Count ? cells[index].Column : row.Column);
        }

        importer.LinkParents();
        return importer.Objective;
    }

    /// <summary>
    /// The cells of a row with the 1-based column each starts at; <c>\|</c> is a pipe inside a cell and <c>&lt;br&gt;</c>
    /// a line break (several key results in one cell).
    /// </summary>
    /// <summary>Two columns, no header names (or label and value), and a short label in the first cell of every row.</summary>
    private static bool IsPropertyTable(IReadOnlyList<SourceLine> rows, List<(string Text, int Column)> header)
    {
        var body = rows.Skip(1).Where(r => !Separator().IsMatch(r.Content)).Select(Cells).ToList();
        var headerless = header.All(c => c.Text.Length == 0);
        return header.Count == 2 && body.Count > 0
            && (headerless || header[0].Text.ToLowerInvariant() is "property" or "field" or "key" or "label")
            && body.TrueForAll(cells => cells.Count == 2 && cells[0].Text.Length is > 0 and <= 30 && cells[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3);
    }

    private static List<(string Text, int Column)> Cells(SourceLine row)
    {
        var text = row.Content;
        var start = text.StartsWith('|') ? 1 : 0;
        var end = text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal) && text.Length > 1 ? text.Length - 1 : text.Length;
        var cells = new List<(string, int)>();
        var cellStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && (text[i] != '|' || text[i - 1] == '\\'))
            {
                continue;
            }

            var raw = text[cellStart..i];
            var lead = raw.Length - raw.TrimStart().Length;
            cells.Add((LineBreak().Replace(raw.Trim().Replace("\\|", "|", StringComparison.Ordinal), "\n"), row.Column + cellStart + lead));
            cellStart = i + 1;
        }

        return cells;
    }

    [GeneratedRegex(@"\s*<br\s*/?>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")]
    private static partial Regex Separator();
}

using System.Text.RegularExpressions;
using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Workspace.Import;

/// <summary>
/// Turns the rows of an OKR table (Markdown or CSV) into objectives and key results: one key result per row, the
/// objective cell repeated or left blank on continuation rows, explicit baseline/target/due columns winning over
/// the text, an owner column giving the KR's owner.
/// </summary>
internal sealed partial class RowImporter(DraftDocument document, ColumnMap columns, KrParseContext context, string? unitId, DraftObjective? objective)
{
    private string? _unitId = unitId;

    /// <summary>
    /// True when a line break in a cell is a line break in the file (CSV), so a cell's later lines are further down;
    /// false for Markdown tables, whose <c>&lt;br&gt;</c> breaks stay on the row's line.
    /// </summary>
    public bool CellLinesAreLines { get; init; } = true;

    /// <summary>The objective the latest rows belong to.</summary>
    public DraftObjective? Objective { get; private set; } = objective;

    /// <summary>Reads one row that starts on <paramref name="line"/>; <paramref name="columnOf"/> gives a cell's 1-based column.</summary>
    public void Row(IReadOnlyList<string> cells, int line, Func<int, int> columnOf)
    {
        SourceRef At(ColumnRole role, int lineInCell = 0)
        {
            var index = columns.IndexOf(role) ?? 0;
            var linesDown = CellLinesAreLines ? cells.Take(index).Sum(c => c.Count(ch => ch == '\n')) + lineInCell : 0;
            return document.At(line + linesDown, linesDown == 0 ? columnOf(index) : 1);
        }

        var objectiveCell = columns.Cell(cells, ColumnRole.Objective);
        var keyResultCell = columns.Cell(cells, ColumnRole.KeyResult);
        if (objectiveCell is null && keyResultCell is null && cells.FirstOrDefault(c => c.Trim().Length > 0) is { } first && TotalRow().IsMatch(first.Trim()))
        {
            // "TOTAL, , , 0.56, avg of scored KRs": a sheet's summary row.
            document.Skipped(document.At(line, 1), $"the totals row '{Preview(string.Join(" | ", cells.Where(c => c.Trim().Length > 0)))}' was skipped", "nothing to do: scores are progress, read from check-ins");
            return;
        }

        var filled = cells.Where(c => c.Trim().Length > 0).ToList();
        if (objectiveCell is null && keyResultCell is null && filled.Count == 1 && (_inNotes || LineKinds.IsOtherSection(LineText.Plain(filled[0]).TrimEnd(':'))))
        {
            // "Notes:," and the rows of prose under it that fill only their first cell: notes, not a team.
            if (!_inNotes)
            {
                document.Skipped(document.At(line, 1), $"the notes under '{Preview(filled[0])}' were skipped, with the rows after it that fill only one cell", "nothing to do if they are notes; otherwise put OKRs in the objective and key result columns");
            }

            _inNotes = true;
            return;
        }

        _inNotes = false;
        if (columns.Cell(cells, ColumnRole.Team) is { } team)
        {
            // A level column ("Company", "Department", "Team") says what kind of unit the row's team is.
            var name = LineText.Plain(team);
            var level = columns.Cell(cells, ColumnRole.Type) is { } type ? LevelKind(type) : null;
            _unitId = document.Unit(name, level ?? UnitNames.KindOf(name) ?? UnitKind.ProductTeam, At(ColumnRole.Team), parent: null).Id;
        }

        if (objectiveCell is not null)
        {
            StartObjective(objectiveCell, cells, At(ColumnRole.Objective));
            if (Objective is not null)
            {
                if (columns.ObjectiveKey(cells) is { } key)
                {
                    _byKey.TryAdd(key, Objective);
                }

                if (columns.Cell(cells, ColumnRole.ParentGoal) is { } parent && !_parents.Any(p => p.Objective == Objective))
                {
                    _parents.Add((Objective, parent, At(ColumnRole.ParentGoal)));
                }
            }
        }

        if (keyResultCell is null)
        {
            if (objectiveCell is null && cells.Any(c => c.Trim().Length > 0))
            {
                document.Unplaced(document.At(line, 1), $"a row with neither an objective nor a key result was skipped ('{Preview(string.Join(" | ", cells))}')", "fill in the objective or key result column, or delete the row");
            }

            return;
        }

        var pieces = Pieces(keyResultCell, everyLineIsOne: !CellLinesAreLines);
        foreach (var (piece, lineInCell) in pieces)
        {
            var where = At(ColumnRole.KeyResult, lineInCell);
            if (Objective is null)
            {
                document.Unplaced(where, $"the key result '{Preview(piece)}' comes before any objective and was skipped", "put the objective in the objective column of this row or a row above");
                continue;
            }

            LineText.TryKeyResultPrefix(piece, out var id, out var start);
            var text = piece[start..].Trim();
            if (LineText.IsStruckThrough(text))
            {
                document.Skipped(where, $"the key result '{Preview(text)}' is struck through and was read as dropped", "delete the row, or remove the ~~ if it still counts");
                continue;
            }

            var single = pieces.Count == 1;
            var type = columns.Cell(cells, ColumnRole.Type);
            Objective.KeyResults.Add(new DraftKeyResult(text, where)
            {
                GivenId = id,
                ParseText = DraftKeyResult.ParseTextOf(text, out var tagOwner, out var dashboard),
                Dashboard = dashboard,
                Owner = columns.Cell(cells, ColumnRole.Owner) is { } owner ? LineText.OwnerName(owner) : tagOwner,
                Baseline = single ? CellValues.Number(columns.Cell(cells, ColumnRole.Baseline), "baseline", At(ColumnRole.Baseline), document.Diagnostics) : null,
                Target = single ? CellValues.Number(columns.Cell(cells, ColumnRole.Target), "target", At(ColumnRole.Target), document.Diagnostics) : null,
                Unit = single ? CellValues.Unit(columns.Cell(cells, ColumnRole.Baseline)) ?? CellValues.Unit(columns.Cell(cells, ColumnRole.Target)) : null,
                Deadline = single ? CellValues.Date(columns.Cell(cells, ColumnRole.Deadline), At(ColumnRole.Deadline), context, document.Diagnostics) : null,
                IsRat = type is not null && RatType().IsMatch(type),
            });
        }
    }

    [GeneratedRegex(@"^(?:tbd|tbc|tba|todo|to\s+do|n/?a|none(?:\s+yet)?|\?+|-+|…|\.\.\.)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderTitle();

    /// <summary>True after a "Notes:" row, while rows fill only one cell.</summary>
    private bool _inNotes;

    private readonly Dictionary<string, DraftObjective> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(DraftObjective Objective, string Parent, SourceRef Where)> _parents = [];

    /// <summary>
    /// Links each objective to the one its "Aligned to" (parent) column names, by the objective id column or by title;
    /// a parent this table does not hold is said.
    /// </summary>
    public void LinkParents()
    {
        if (_parents.Count == 0)
        {
            return;
        }

        var byTitle = document.Objectives.GroupBy(o => o.Title, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var (objective, parent, where) in _parents)
        {
            if ((_byKey.GetValueOrDefault(parent) ?? byTitle.GetValueOrDefault(LineText.Plain(parent))) is { } above && above != objective)
            {
                objective.Supports = above;
            }
            else
            {
                document.Skipped(where, $"the objective '{Preview(parent)}' that '{Preview(objective.Title)}' is aligned to is not in this table, so the link was left out", "export the parent objective too, or link the objective by hand");
            }
        }
    }

    private static UnitKind? LevelKind(string level) =>
        UnitNames.IsCompanyWord(level) ? UnitKind.Company
        : level.Trim().ToLowerInvariant() is "department" or "division" or "dept" or "function" ? UnitKind.Department
        : null;

    private void StartObjective(string cell, IReadOnlyList<string> cells, SourceRef where)
    {
        var lines = cell.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var whyLines = lines.Skip(1).Where(l => LineKinds.TryWhy(LineText.Plain(l), out _)).ToList();
        var titleText = string.Join(' ', lines.Except(whyLines));
        LineText.TryObjectivePrefix(LineText.Clean(titleText, out var tagOwner), out var id, out var title);
        if (Objective is not null && Objective.Title == title && Objective.UnitId == _unitId)
        {
            return;
        }

        if (PlaceholderTitle().IsMatch(title))
        {
            // "Facilities, TBD": the team has not written its objective yet.
            document.Skipped(where, $"the objective '{title}'{(_unitId is null ? "" : $" of {_unitId}")} is a placeholder and was not imported", "write the objective when it is agreed");
            Objective = null;
            return;
        }

        Objective = document.Objective(_unitId, title, where, id);
        Objective.OwnerPerson = columns.Cell(cells, ColumnRole.ObjectiveOwner) is { } owner ? LineText.OwnerName(owner) : tagOwner;
        Objective.Why = columns.Cell(cells, ColumnRole.Why)
            ?? whyLines.Select(l => LineKinds.TryWhy(LineText.Plain(l), out var why) ? why : null).FirstOrDefault();
        if (columns.Cell(cells, ColumnRole.Type) is { } type && Enum.TryParse<ObjectiveType>(type.Trim(), ignoreCase: true, out var objectiveType))
        {
            Objective.Type = objectiveType;
        }
    }

    /// <summary>
    /// A cell holding several key results, one per line with a marker or <c>KR1:</c> prefix, gives one piece per line;
    /// any other cell is one key result whose wrapped lines are joined with spaces.
    /// </summary>
    /// <summary>
    /// The key results of a cell: one per line when every line is a list item or has a KR prefix, or when the lines
    /// were broken on purpose (<paramref name="everyLineIsOne"/>: a Markdown cell's <c>&lt;br&gt;</c>); else one, its
    /// lines a wrapped sentence.
    /// </summary>
    private static List<(string Text, int Line)> Pieces(string cell, bool everyLineIsOne)
    {
        var lines = cell.Split('\n').Select((text, index) => (Text: text.Trim(), Line: index)).Where(l => l.Text.Length > 0).ToList();
        if (lines.Count > 1 && (everyLineIsOne || lines.All(l => ListMarker().IsMatch(l.Text) || LineText.TryKeyResultPrefix(l.Text, out _, out _))))
        {
            return [.. lines.Select(l => (ListMarker().Replace(l.Text, ""), l.Line))];
        }

        return [(string.Join(' ', lines.Select(l => l.Text)), lines.Count > 0 ? lines[0].Line : 0)];
    }

    internal static string Preview(string text) => text.Length <= 60 ? text.Trim() : text[..57].Trim() + "...";

    [GeneratedRegex(@"^(?:[-*+•●◦–]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\b(?:rat|assumption|experiment|test|hypothesis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RatType();

    [GeneratedRegex(@"^(?:grand\s+)?(?:total|totals|sum|average|avg|overall|mean)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRow();
}

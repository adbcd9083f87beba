using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Workspace.Import;

/// <summary>
/// An export of typed rows (Perdoo, Jira, Asana goals: "Type, Title, Parent, Start value, Target value", or "Issue key,
/// Issue Type, Summary, Parent"): a row whose type says objective is an objective of its team, a key result row is a key
/// result of the objective its parent column names (by key or by title), and initiative, epic or task rows are work,
/// counted and left out. An objective whose parent is another objective supports it.
/// </summary>
internal sealed class TypedRows
{
    private readonly DraftDocument _document;
    private readonly KrParseContext _context;
    private readonly ColumnMap _columns;
    private readonly List<(RowKind Kind, string? Type, string[] Cells, SourceRef Where)> _rows = [];

    /// <summary>What a row is, as its type column says.</summary>
    private enum RowKind
    {
        Objective,
        KeyResult,

        /// <summary>An initiative, epic or task: work, not a key result.</summary>
        Work,

        /// <summary>A type the reader does not know.</summary>
        Other,
    }

    private TypedRows(DraftDocument document, KrParseContext context, ColumnMap columns)
    {
        _document = document;
        _context = context;
        _columns = columns;
    }

    /// <summary>A reader for the rows under <paramref name="header"/> when it is a typed export's; null otherwise.</summary>
    public static TypedRows? TryStart(string[] header, int line, DraftDocument document, KrParseContext context)
    {
        var columns = new ColumnMap(header);
        if (!IsHeader(columns))
        {
            return null;
        }

        columns.ReportLeftOut(document, document.At(line), readsGoals: true);
        return new TypedRows(document, context, columns);
    }

    /// <summary>A type column and a title column, and no objective or key result column.</summary>
    public static bool IsHeader(ColumnMap columns) =>
        columns.Has(ColumnRole.Type) && columns.Has(ColumnRole.Title) && !columns.Has(ColumnRole.Objective) && !columns.Has(ColumnRole.KeyResult);

    public void Row(string[] cells, int line)
    {
        var where = _document.At(line);
        if (_columns.Cell(cells, ColumnRole.Title) is null)
        {
            _document.Skipped(where, "a row with no title was skipped", "give every row its title");
            return;
        }

        var type = _columns.Cell(cells, ColumnRole.Type);
        _rows.Add((Kind(type), type, cells, where));
    }

    /// <summary>Builds the objectives first, then hangs each key result under its parent and links objectives to theirs.</summary>
    public void Finish()
    {
        var byKey = new Dictionary<string, DraftObjective>(StringComparer.OrdinalIgnoreCase);
        var byTitle = new Dictionary<string, DraftObjective>(StringComparer.OrdinalIgnoreCase);
        var objectives = new List<(DraftObjective Objective, string? Parent, SourceRef Where)>();
        foreach (var (_, _, cells, where) in _rows.Where(r => r.Kind == RowKind.Objective))
        {
            var team = _columns.Cell(cells, ColumnRole.Team);
            var unitId = team is null ? null : _document.Unit(team, UnitNames.IsCompanyWord(team) ? UnitKind.Company : UnitNames.KindOf(team) ?? UnitKind.ProductTeam, where, parent: null).Id;
            var objective = _document.Objective(unitId, LineText.Plain(_columns.Cell(cells, ColumnRole.Title)!), where, givenId: null);
            objective.OwnerPerson = _columns.Cell(cells, ColumnRole.Owner) is { } owner ? LineText.OwnerName(owner) : null;
            byTitle.TryAdd(objective.Title, objective);
            if (_columns.Cell(cells, ColumnRole.Key) is { } key)
            {
                byKey.TryAdd(key, objective);
            }

            objectives.Add((objective, _columns.Cell(cells, ColumnRole.ParentGoal), where));
        }

        DraftObjective? Find(string? parent) =>
            parent is null ? null : byKey.GetValueOrDefault(parent) ?? byTitle.GetValueOrDefault(LineText.Plain(parent));

        foreach (var (objective, parent, where) in objectives.Where(o => o.Parent is not null))
        {
            if (Find(parent) is { } above && above != objective)
            {
                objective.Supports = above;
            }
            else
            {
                _document.Skipped(where, $"the parent '{RowImporter.Preview(parent!)}' is not an objective of this export, so the link was left out", "export the parent objective too, or link the objective by hand");
            }
        }

        foreach (var (_, _, cells, where) in _rows.Where(r => r.Kind == RowKind.KeyResult))
        {
            var text = _columns.Cell(cells, ColumnRole.Title)!;
            var parent = _columns.Cell(cells, ColumnRole.ParentGoal);
            if (Find(parent) is not { } objective)
            {
                _document.Unplaced(where, $"the key result '{RowImporter.Preview(text)}' names no objective of this export as its parent{(parent is null ? "" : $" ('{RowImporter.Preview(parent)}')")} and was skipped", "put the objective's key or title in its parent column");
                continue;
            }

            var baseline = CellValues.Number(_columns.Cell(cells, ColumnRole.Baseline), "baseline", where, _document.Diagnostics);
            var target = CellValues.Number(_columns.Cell(cells, ColumnRole.Target), "target", where, _document.Diagnostics);
            objective.KeyResults.Add(DraftKeyResult.FromRow(text, where, _columns, cells, baseline, target, _context, _document.Diagnostics));
        }

        var work = _rows.Where(r => r.Kind == RowKind.Work).ToList();
        if (work.Count > 0)
        {
            var plural = work.Count == 1 ? "" : "s";
            _document.Diagnostics.Info(ImportCodes.InitiativesSkipped, work[0].Where, $"{work.Count} initiative, epic or task row{plural} skipped: initiatives are work, not key results", "keep initiatives in roadmap.yaml and link them to the key results they move");
        }

        foreach (var (_, type, cells, where) in _rows.Where(r => r.Kind == RowKind.Other))
        {
            _document.Skipped(where, $"the row '{RowImporter.Preview(_columns.Cell(cells, ColumnRole.Title)!)}' of type '{type}' is not an objective or key result and was skipped", "give it the type Objective or Key Result, or leave it out");
        }
    }

    /// <summary>"Objective", "Key Result"/"KR", work ("Initiative", "Epic", "Task"), or another type.</summary>
    private static RowKind Kind(string? type)
    {
        var key = new string([.. (type ?? "").ToLowerInvariant().Where(char.IsLetter)]);
        return key switch
        {
            "objective" or "goal" or "companyobjective" or "teamobjective" => RowKind.Objective,
            "keyresult" or "kr" or "result" or "metric" => RowKind.KeyResult,
            "initiative" or "epic" or "task" or "project" or "story" or "subtask" or "action" or "milestone" => RowKind.Work,
            _ => RowKind.Other,
        };
    }
}

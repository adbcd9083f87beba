using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Workspace.Import;

/// <summary>
/// A goal-tree export (Lattice, 15Five, Betterworks: "Goal Name, Goal Type, Parent Goal, Department, Start Value,
/// Target Value"): every goal is an objective of its department (a company-type goal, or one with no department, is
/// the company's), a goal with a start and target value also measures itself as its key result, and a goal supports
/// the goal its "Parent Goal" names.
/// </summary>
internal sealed class GoalTree
{
    private readonly DraftDocument _document;
    private readonly KrParseContext _context;
    private readonly ColumnMap _columns;
    private readonly List<(DraftObjective Objective, string? Parent, SourceRef Where)> _goals = [];

    private GoalTree(DraftDocument document, KrParseContext context, ColumnMap columns)
    {
        _document = document;
        _context = context;
        _columns = columns;
    }

    /// <summary>A reader for the rows under <paramref name="header"/> when it is a goal tree's; null otherwise.</summary>
    public static GoalTree? TryStart(string[] header, int line, DraftDocument document, KrParseContext context)
    {
        var columns = new ColumnMap(header);
        if (!columns.Has(ColumnRole.Goal) || columns.Has(ColumnRole.Objective) || columns.Has(ColumnRole.KeyResult))
        {
            return null;
        }

        columns.ReportLeftOut(document, document.At(line), readsGoals: true);
        return new GoalTree(document, context, columns);
    }

    public void Row(string[] cells, int line)
    {
        var where = _document.At(line);
        if (_columns.Cell(cells, ColumnRole.Goal) is not { } goal)
        {
            _document.Skipped(where, "a row with no goal name was skipped", "give every row its goal");
            return;
        }

        var title = LineText.Plain(goal);
        var company = _columns.Cell(cells, ColumnRole.Type) is { } type && UnitNames.IsCompanyWord(type);
        var team = company ? null : _columns.Cell(cells, ColumnRole.Team);
        var unit = _document.Unit(team ?? "Company", team is null ? UnitKind.Company : UnitNames.KindOf(team) ?? UnitKind.ProductTeam, where, parent: null);
        var objective = _document.Objective(unit.Id, title, where, givenId: null);
        var owner = _columns.Cell(cells, ColumnRole.Owner) is { } person ? LineText.OwnerName(person) : null;
        var baseline = CellValues.Number(_columns.Cell(cells, ColumnRole.Baseline), "baseline", where, _document.Diagnostics);
        var target = CellValues.Number(_columns.Cell(cells, ColumnRole.Target), "target", where, _document.Diagnostics);
        if (company || baseline is null || target is null)
        {
            objective.OwnerPerson = owner;
        }

        // A goal with start and target values is measured by itself: its text is also its key result.
        if (baseline is not null && target is not null)
        {
            objective.KeyResults.Add(DraftKeyResult.FromRow(goal, where, _columns, cells, baseline, target, _context, _document.Diagnostics));
        }

        _goals.Add((objective, _columns.Cell(cells, ColumnRole.ParentGoal) is { } parent ? LineText.Plain(parent) : null, where));
    }

    /// <summary>Each goal supports the goal its parent column names; a name that matches no goal is reported.</summary>
    public void LinkParents()
    {
        var byTitle = _goals.GroupBy(g => g.Objective.Title, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Objective, StringComparer.OrdinalIgnoreCase);
        foreach (var (objective, parent, where) in _goals.Where(g => g.Parent is not null))
        {
            if (byTitle.TryGetValue(parent!, out var above) && above != objective)
            {
                objective.Supports = above;
            }
            else
            {
                _document.Skipped(where, $"the parent goal '{RowImporter.Preview(parent!)}' is not a goal of this export, so the link was left out", "export the parent goal too, or link the objective by hand");
            }
        }
    }
}

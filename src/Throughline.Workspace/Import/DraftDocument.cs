using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>What a reader found in a document: units and objectives in document order, and diagnostics.</summary>
internal sealed class DraftDocument(string fileName)
{
    private readonly List<DraftUnit> _units = [];
    private readonly List<DraftObjective> _objectives = [];

    public string FileName { get; } = fileName;

    public DiagnosticBag Diagnostics { get; } = new();

    public IReadOnlyList<DraftUnit> Units => _units;

    public IReadOnlyList<DraftObjective> Objectives => _objectives;

    public SourceRef At(int line, int column = 1) => new(FileName, line, column);

    /// <summary>Returns the unit with the name's slug, adding it when the document names it for the first time.</summary>
    public DraftUnit Unit(string name, UnitKind kind, SourceRef origin, string? parent)
    {
        var id = UnitNames.Slug(name);
        var existing = _units.Find(u => u.Id == id);
        if (existing is not null)
        {
            return existing;
        }

        var unit = new DraftUnit(id, name, kind, origin) { Parent = parent == id ? null : parent };
        _units.Add(unit);
        return unit;
    }

    public DraftObjective Objective(string? unitId, string title, SourceRef origin, string? givenId)
    {
        var objective = new DraftObjective(unitId, title, origin) { GivenId = givenId };
        _objectives.Add(objective);
        return objective;
    }

    public void Unplaced(SourceRef where, string message, string fix) =>
        Diagnostics.Warning(ImportCodes.Unplaced, where, message, fix);

    public void Skipped(SourceRef where, string message, string fix) =>
        Diagnostics.Info(ImportCodes.TextSkipped, where, message, fix);
}

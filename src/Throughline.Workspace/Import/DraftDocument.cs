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

    /// <summary>
    /// Returns the unit with the name's slug, adding it when the document names it for the first time. A "Company"
    /// section is the company unit the document already named ("# Acme OKRs" … "## Company").
    /// </summary>
    public DraftUnit Unit(string name, UnitKind kind, SourceRef origin, string? parent)
    {
        var id = UnitNames.Slug(name);
        var existing = _units.Find(u => u.Id == id)
            ?? (UnitNames.IsCompanyWord(name) ? _units.Find(u => u.Kind == UnitKind.Company) : null);
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

    /// <summary>
    /// Reports a paragraph that fits no structure: a warning when it reads like a key result written before any
    /// objective, otherwise an info.
    /// </summary>
    public void Prose(SourceRef where, string text, bool beforeAnyObjective)
    {
        if (beforeAnyObjective && LineKinds.StartsWithVerb(text) && text.Split(' ').Length < 25)
        {
            Unplaced(where, $"the line '{RowImporter.Preview(text)}' looks like a key result but comes before any objective and was skipped", "put an objective line (e.g. 'Objective: …') above it");
            return;
        }

        Skipped(where, $"the text '{RowImporter.Preview(text)}' is not an objective, key result or team and was skipped", "if it is one, prefix it with 'Objective:' or 'KR:', or make it a bullet under an objective");
    }
}

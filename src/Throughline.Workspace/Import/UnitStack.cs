using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>
/// The units enclosing the current line, each with the depth it was named at: a heading's level (1-6), a plain
/// line (<see cref="LineDepth"/>) or a list item (<see cref="ItemDepth"/> plus its nesting).
/// </summary>
internal sealed class UnitStack(DraftDocument document)
{
    /// <summary>Depth of a unit named on a plain line: below every heading, above every list item.</summary>
    public const int LineDepth = 7;

    /// <summary>Depth of a unit named on a list item at depth 0; deeper items add their depth.</summary>
    public const int ItemDepth = 10;

    private readonly List<(int Depth, DraftUnit Unit)> _units = [];

    /// <summary>The innermost unit's id; null outside every unit.</summary>
    public string? Current => _units.Count > 0 ? _units[^1].Unit.Id : null;

    /// <summary>The innermost unit; null outside every unit.</summary>
    public DraftUnit? CurrentUnit => _units.Count > 0 ? _units[^1].Unit : null;

    /// <summary>Opens a unit at <paramref name="depth"/>, inside the units above it and closing those at its depth or deeper.</summary>
    public void Open(string name, UnitKind kind, SourceRef origin, int depth)
    {
        Leave(depth);
        _units.Add((depth, document.Unit(name, kind, origin, Current)));
    }

    /// <summary>Closes units at <paramref name="depth"/> or deeper.</summary>
    public void Leave(int depth) => _units.RemoveAll(u => u.Depth >= depth);

    /// <summary>
    /// Closes what an objective heading at <paramref name="level"/> ends: units under deeper headings and units opened
    /// by list items. A unit named on a plain line stays open.
    /// </summary>
    public void LeaveBelowHeading(int level) => _units.RemoveAll(u => u.Depth > level && u.Depth != LineDepth);
}

using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>What <see cref="UnitNames.Match"/> read from a line.</summary>
/// <param name="Name">The unit's name as written ("Customer Success"); empty when the line names no unit.</param>
/// <param name="Kind">The kind the name suggests.</param>
/// <param name="Known">True when the line or the name itself says it is a team or the company; false for a bare name.</param>
/// <param name="IsTitle">True for a document title that names no unit ("Q3 2026 OKRs").</param>
internal readonly record struct UnitMatch(string Name, UnitKind Kind, bool Known, bool IsTitle = false)
{
    public static UnitMatch None => new("", UnitKind.ProductTeam, Known: false);

    public static UnitMatch Title => new("", UnitKind.ProductTeam, Known: false, IsTitle: true);

    public bool IsUnit => Name.Length > 0;
}

using Throughline.Core.Cascade;
using Throughline.Core.Model;

namespace Throughline.Cli.Commands.Show;

/// <summary>Keeps only the branches of a cascade that hold a given unit's objectives.</summary>
internal static class CascadeFilter
{
    public static CascadeTree ForUnit(CascadeTree tree, string unit) =>
        tree with
        {
            Roots = [.. tree.Roots.Select(r => Prune(r, unit)).OfType<CascadeNode>()],
            Unlinked = [.. tree.Unlinked.Where(o => Involves(o, unit))],
            HealthGoals = [.. tree.HealthGoals.Where(o => Involves(o, unit))],
        };

    private static CascadeNode? Prune(CascadeNode node, string unit)
    {
        var children = node.Children.Select(c => Prune(c, unit)).OfType<CascadeNode>().ToList();
        return Involves(node.Objective, unit) || children.Count > 0 ? node with { Children = children } : null;
    }

    private static bool Involves(Objective objective, string unit) => objective.AccountableUnits.Contains(unit, StringComparer.Ordinal);
}

using Throughline.Core.Model;

namespace Throughline.Core.Cascade;

/// <summary>
/// The explicit cascade of one cycle: company objectives at the roots, each with the objectives that state they
/// support it (or one of its key results), recursively. Objectives that support nothing in the tree are listed as
/// unlinked, split into those marked as health/support goals and the rest.
/// </summary>
/// <param name="Cycle">The cycle shown.</param>
/// <param name="Roots">Company objectives (or, when there are none, every objective that supports nothing).</param>
/// <param name="Unlinked">Objectives that reach no root through explicit links and are not health goals.</param>
/// <param name="HealthGoals">Objectives outside the tree that are marked as health/support goals.</param>
public sealed record CascadeTree(string Cycle, IReadOnlyList<CascadeNode> Roots, IReadOnlyList<Objective> Unlinked, IReadOnlyList<Objective> HealthGoals)
{
    /// <summary>Builds the cascade of <paramref name="cycle"/> (the workspace's current cycle when null).</summary>
    public static CascadeTree Build(OkrWorkspace workspace, string? cycle = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var cycleId = cycle ?? workspace.CurrentCycle;
        var objectives = workspace.ObjectivesIn(cycleId).ToList();
        var childrenOf = new Dictionary<string, List<(Objective Child, ParentLink Link)>>(StringComparer.Ordinal);
        foreach (var objective in objectives)
        {
            foreach (var link in objective.Supports)
            {
                var parent = link.Target.ObjectiveRef.ToString();
                if (!childrenOf.TryGetValue(parent, out var list))
                {
                    childrenOf[parent] = list = [];
                }

                list.Add((objective, link));
            }
        }

        var roots = objectives.Where(o => o.Level == ObjectiveLevel.Company).ToList();
        if (roots.Count == 0)
        {
            roots = [.. objectives.Where(o => o.Supports.Count == 0)];
        }

        var placed = new HashSet<string>(StringComparer.Ordinal);
        var rootNodes = roots.Select(r => BuildNode(r, [], childrenOf, placed, [])).ToList();
        var outside = objectives.Where(o => !placed.Contains(o.Ref.ToString())).ToList();
        return new CascadeTree(
            cycleId,
            rootNodes,
            [.. outside.Where(o => !o.NeedNotLadderUp && o.Type != ObjectiveType.Health)],
            [.. outside.Where(o => o.NeedNotLadderUp || o.Type == ObjectiveType.Health)]);
    }

    private static CascadeNode BuildNode(
        Objective objective,
        IReadOnlyList<ParentLink> via,
        Dictionary<string, List<(Objective Child, ParentLink Link)>> childrenOf,
        HashSet<string> placed,
        HashSet<string> path)
    {
        var key = objective.Ref.ToString();
        placed.Add(key);
        var children = new List<CascadeNode>();
        if (!path.Add(key))
        {
            return new CascadeNode(objective, via, children);
        }

        if (childrenOf.TryGetValue(key, out var links))
        {
            foreach (var group in links.GroupBy(l => l.Child.Ref.ToString(), StringComparer.Ordinal))
            {
                var child = group.First().Child;
                if (!path.Contains(group.Key))
                {
                    children.Add(BuildNode(child, [.. group.Select(g => g.Link)], childrenOf, placed, path));
                }
            }
        }

        path.Remove(key);
        return new CascadeNode(objective, via, children);
    }
}

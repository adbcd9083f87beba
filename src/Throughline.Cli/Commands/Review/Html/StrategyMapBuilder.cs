using Throughline.Core.Cascade;
using Throughline.Core.Model;
using Throughline.Core.Quality.Review;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>
/// Builds the strategy map from the cascade: company objectives, their key results (marked uncovered or thin from
/// the coverage verdicts), the objectives supporting them at each depth with their connection strength, then the
/// goals that do not ladder up. Large organisations are cut to a maximum number of boxes per column with
/// a "+N more" box, so the map stays readable; every objective is still listed in its unit's section.
/// </summary>
internal static class StrategyMapBuilder
{
    public static StrategyMap Build(CascadeTree cascade, QualityReport quality, Func<OkrRef, string?> coverageOf, int maxPerColumn = 80)
    {
        var strengths = quality.Objectives.GroupBy(o => o.Objective.Ref).ToDictionary(g => g.Key, g => g.First().Connections);
        var nodes = new List<MapNode>();
        var edges = new List<MapEdge>();
        var depthColumns = new List<List<(CascadeNode Node, int Order)>>();
        var companyKrs = new List<MapNode>();
        foreach (var root in cascade.Roots)
        {
            var objective = root.Objective;
            nodes.Add(new MapNode(objective.Ref.ToString(), objective.Title, $"{objective.Ref}: {objective.Title}", MapNodeKind.CompanyObjective, 0));
            foreach (var kr in objective.KeyResults)
            {
                var kind = coverageOf(kr.Ref) switch
                {
                    "uncovered" => MapNodeKind.UncoveredKeyResult,
                    "thin" => MapNodeKind.ThinKeyResult,
                    _ => MapNodeKind.CompanyKeyResult,
                };
                var verdict = coverageOf(kr.Ref) is { } v ? $" ({v})" : string.Empty;
                companyKrs.Add(new MapNode(kr.Ref.ToString(), kr.Text, $"{kr.Ref}{verdict}: {kr.Text}", kind, 1));
                edges.Add(new MapEdge(objective.Ref.ToString(), kr.Ref.ToString(), 0));
            }

            Collect(root.Children, 0, depthColumns);
        }

        nodes.AddRange(Cap(companyKrs, 1, maxPerColumn));
        for (var depth = 0; depth < depthColumns.Count; depth++)
        {
            var column = depthColumns[depth].Select(entry => Supporting(entry.Node.Objective, depth + 2)).DistinctBy(n => n.Id).ToList();
            nodes.AddRange(Cap(column, depth + 2, maxPerColumn));
            foreach (var (node, _) in depthColumns[depth])
            {
                foreach (var link in node.Via)
                {
                    var strength = strengths.TryGetValue(node.Objective.Ref, out var found)
                        ? found.FirstOrDefault(c => c.Parent == link.Target)?.Strength ?? 0
                        : 0;
                    edges.Add(new MapEdge(link.Target.ToString(), node.Objective.Ref.ToString(), strength));
                }
            }
        }

        var last = depthColumns.Count + 2;
        var outside = cascade.Unlinked.Select(o => Supporting(o, last) with { Kind = MapNodeKind.LocalGoal })
            .Concat(cascade.HealthGoals.Select(o => Supporting(o, last) with { Kind = MapNodeKind.HealthGoal }))
            .ToList();
        nodes.AddRange(Cap(outside, last, maxPerColumn));
        var columns = new List<string> { "Company objectives", "Company key results" };
        columns.AddRange(Enumerable.Range(1, depthColumns.Count).Select(d => d == 1 ? "Supporting objectives" : $"Supporting, level {d}"));
        columns.Add("Local and health goals");
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return new StrategyMap(nodes, [.. edges.Where(e => ids.Contains(e.From) && ids.Contains(e.To))], columns);
    }

    private static void Collect(IReadOnlyList<CascadeNode> children, int depth, List<List<(CascadeNode, int)>> columns)
    {
        if (children.Count == 0)
        {
            return;
        }

        while (columns.Count <= depth)
        {
            columns.Add([]);
        }

        foreach (var child in children)
        {
            columns[depth].Add((child, columns[depth].Count));
            Collect(child.Children, depth + 1, columns);
        }
    }

    private static MapNode Supporting(Objective objective, int column)
    {
        var units = objective.AccountableUnits.ToList();
        var shared = objective.IsShared && units.Count > 1;
        var badge = shared ? $"shared: {string.Join(", ", units)}" : objective.Ref.Scope;
        var kind = shared ? MapNodeKind.SharedObjective : MapNodeKind.TeamObjective;
        return new MapNode(objective.Ref.ToString(), objective.Title, $"{objective.Ref}: {objective.Title}", kind, column, badge);
    }

    private static IEnumerable<MapNode> Cap(List<MapNode> column, int index, int max)
    {
        if (column.Count <= max)
        {
            return column;
        }

        var more = column.Count - (max - 1);
        return column.Take(max - 1).Append(new MapNode($"more-{index}", $"+{more} more (see the unit sections)", $"{more} more objectives are listed in their units' sections", MapNodeKind.More, index));
    }
}

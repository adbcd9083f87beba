using System.Text;
using Throughline.Core.Alignment;
using Throughline.Core.Model;

namespace Throughline.Cli.Commands.Align;

/// <summary>
/// The strategy map as Mermaid or Graphviz DOT text: company objectives and KRs, the team objectives that link to them
/// (edge label = 1-5 strength), with uncovered company KRs, claimed-not-evident links and local goals in red.
/// </summary>
internal static class StrategyMap
{
    public static string Mermaid(AlignmentContext context, AlignmentReport report)
    {
        var map = Build(context, report);
        var text = new StringBuilder("flowchart LR\n");
        foreach (var node in map.Nodes)
        {
            text.AppendLine($"  {node.Id}[\"{Escape(node.Label)}\"]");
        }

        var index = 0;
        var redEdges = new List<int>();
        foreach (var edge in map.Edges)
        {
            text.AppendLine($"  {edge.From} -->|{edge.Label}| {edge.To}");
            if (edge.Red)
            {
                redEdges.Add(index);
            }

            index++;
        }

        text.AppendLine("  classDef gap fill:#fdd,stroke:#c00,color:#900");
        foreach (var node in map.Nodes.Where(n => n.Red))
        {
            text.AppendLine($"  class {node.Id} gap");
        }

        foreach (var edge in redEdges)
        {
            text.AppendLine($"  linkStyle {edge} stroke:#c00,stroke-width:2px");
        }

        return text.ToString();
    }

    public static string Dot(AlignmentContext context, AlignmentReport report)
    {
        var map = Build(context, report);
        var text = new StringBuilder("digraph strategy {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n");
        foreach (var node in map.Nodes)
        {
            var style = node.Red ? ", color=red, fontcolor=red" : string.Empty;
            text.AppendLine($"  {node.Id} [label=\"{Escape(node.Label)}\"{style}];");
        }

        foreach (var edge in map.Edges)
        {
            var style = edge.Red ? ", color=red, fontcolor=red, style=dashed" : string.Empty;
            text.AppendLine($"  {edge.From} -> {edge.To} [label=\"{edge.Label}\"{style}];");
        }

        return text.Append("}\n").ToString();
    }

    private static Map Build(AlignmentContext context, AlignmentReport report)
    {
        var uncovered = report.Coverage.Where(c => c.Verdict == CoverageVerdict.Uncovered).Select(c => c.Target).ToHashSet();
        var claimed = report.Findings.Where(f => f.RuleId == "AL001").Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
        var local = report.Findings.Where(f => f.RuleId == "AL003").Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
        var nodes = new List<Node>();
        var edges = new List<Edge>();
        foreach (var company in context.Company)
        {
            nodes.Add(new Node(Id(company.Ref), $"{company.Ref}: {company.Title}", false));
            foreach (var keyResult in company.KeyResults)
            {
                var red = uncovered.Contains(keyResult.Ref);
                nodes.Add(new Node(Id(keyResult.Ref), $"{keyResult.Ref}: {keyResult.Text}{(red ? " (uncovered)" : "")}", red));
                edges.Add(new Edge(Id(keyResult.Ref), Id(company.Ref), "KR", false));
            }
        }

        var scores = report.LineOfSight.Where(l => !l.Source.IsKeyResult).ToDictionary(l => l.Source, l => l.Candidates);
        foreach (var objective in context.Teams.Where(o => o.Supports.Count > 0 || local.Contains(o.Ref.ToString())))
        {
            var isLocal = local.Contains(objective.Ref.ToString());
            nodes.Add(new Node(Id(objective.Ref), $"{objective.Ref}: {objective.Title}{(isLocal ? " (local goal)" : "")}", isLocal));
            foreach (var link in objective.Supports.Where(l => context.FindObjective(l.Target) is not null))
            {
                var score = scores.GetValueOrDefault(objective.Ref)?.FirstOrDefault(c => c.Explicit && c.Target == link.Target)?.Score;
                var red = claimed.Contains(objective.Ref.ToString()) && score <= 1;
                var label = $"{score}/5{(link.Accepted == false ? " not accepted" : "")}";
                edges.Add(new Edge(Id(objective.Ref), Id(link.Target), label, red || link.Accepted == false));
            }
        }

        return new Map(nodes, edges);
    }

    private static string Id(OkrRef reference) =>
        "n_" + new string([.. reference.ToString().Select(c => char.IsLetterOrDigit(c) ? c : '_')]);

    private static string Escape(string text) => text.Replace("\"", "'", StringComparison.Ordinal);

    private sealed record Map(IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges);

    private sealed record Node(string Id, string Label, bool Red);

    private sealed record Edge(string From, string To, string Label, bool Red);
}

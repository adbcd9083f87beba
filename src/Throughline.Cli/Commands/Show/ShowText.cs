using Spectre.Console;
using Throughline.Core.Cascade;
using Throughline.Core.Model;

namespace Throughline.Cli.Commands.Show;

/// <summary>Renders a cascade as a terminal tree.</summary>
internal static class ShowText
{
    public static void Render(IAnsiConsole console, OkrWorkspace workspace, CascadeTree tree)
    {
        var cycle = workspace.FindCycle(tree.Cycle);
        var dates = cycle is null ? "" : $" ({cycle.Start:yyyy-MM-dd} to {cycle.End:yyyy-MM-dd})";
        console.MarkupLine($"[bold]{Markup.Escape(workspace.Organisation)}[/] · cycle {Markup.Escape(tree.Cycle)}{dates}");
        if (workspace.Strategy.Mission is { } mission)
        {
            console.MarkupLine($"[dim]Mission: {Markup.Escape(mission)}[/]");
        }

        console.WriteLine();
        foreach (var root in tree.Roots)
        {
            var display = new Tree(ObjectiveLabel(root.Objective, workspace)) { Guide = TreeGuide.Line };
            AddChildren(display, root, workspace);
            console.Write(display);
            console.WriteLine();
        }

        Section(console, workspace, "Objectives linked to no company objective", tree.Unlinked, "red");
        Section(console, workspace, "Health and support goals (need not ladder up)", tree.HealthGoals, "green");
        var objectives = workspace.ObjectivesIn(tree.Cycle).ToList();
        console.MarkupLine($"[dim]{objectives.Count} objectives, {objectives.Sum(o => o.KeyResults.Count)} key results in {tree.Cycle}; links shown are the ones the workspace states.[/]");
    }

    private static void AddChildren(IHasTreeNodes parent, CascadeNode node, OkrWorkspace workspace)
    {
        foreach (var kr in node.Objective.KeyResults)
        {
            var krNode = parent.AddNode(KeyResultLabel(kr));
            foreach (var child in node.Children.Where(c => c.Via.Any(v => v.Target.ToString() == kr.Ref.ToString())))
            {
                AddObjective(krNode, child, workspace);
            }
        }

        foreach (var child in node.Children.Where(c => c.Via.Any(v => !v.Target.IsKeyResult)))
        {
            AddObjective(parent, child, workspace);
        }
    }

    private static void AddObjective(IHasTreeNodes parent, CascadeNode child, OkrWorkspace workspace)
    {
        var objectiveNode = parent.AddNode(ObjectiveLabel(child.Objective, workspace, child.Via));
        AddChildren(objectiveNode, child, workspace);
    }

    private static void Section(IAnsiConsole console, OkrWorkspace workspace, string title, IReadOnlyList<Objective> objectives, string colour)
    {
        if (objectives.Count == 0)
        {
            return;
        }

        var display = new Tree($"[{colour}]{Markup.Escape(title)}[/]") { Guide = TreeGuide.Line };
        foreach (var objective in objectives)
        {
            var node = display.AddNode(ObjectiveLabel(objective, workspace));
            foreach (var kr in objective.KeyResults)
            {
                node.AddNode(KeyResultLabel(kr));
            }
        }

        console.Write(display);
        console.WriteLine();
    }

    private static string ObjectiveLabel(Objective objective, OkrWorkspace workspace, IReadOnlyList<ParentLink>? via = null)
    {
        var tags = new List<string> { objective.Level.ToString().ToLowerInvariant() };
        if (objective.Type != ObjectiveType.Impact)
        {
            tags.Add(objective.Type.ToString().ToLowerInvariant());
        }

        if (objective.IsShared)
        {
            tags.Add("shared by " + string.Join(", ", objective.Contributors.Select(c => workspace.FindUnit(c.Unit)?.Name ?? c.Unit)));
        }
        else if (objective.Owner is { } owner && objective.Level != ObjectiveLevel.Company)
        {
            tags.Add(workspace.FindUnit(owner)?.Name ?? owner);
        }

        var accepted = via is { Count: > 0 } && via.Any(v => v.Accepted == false) ? " [yellow](contribution not accepted)[/]" : "";
        return $"[bold cyan]{Markup.Escape(objective.Ref.ToString())}[/] {Markup.Escape(objective.Title)} [dim]({Markup.Escape(string.Join(" · ", tags))})[/]{accepted}";
    }

    private static string KeyResultLabel(KeyResult kr)
    {
        var numbers = KeyResultNumbers(kr);
        return $"[cyan]{Markup.Escape(kr.Ref.LocalId)}[/] {Markup.Escape(kr.Text)}{(numbers.Length == 0 ? "" : $" [dim][[{Markup.Escape(numbers)}]][/]")}";
    }

    internal static string KeyResultNumbers(KeyResult kr)
    {
        string F(double v) => ValueFormat.Format(v, kr.MeasureUnit, kr.Currency);
        var parts = new List<string>();
        var target = kr.Target is { } t ? F(t) : kr.Change is { } c ? (kr.Direction == MetricDirection.Decrease ? "-" : "+") + c : null;
        if (kr.Baseline is { } b && target is not null)
        {
            parts.Add($"{F(b)} -> {target}");
        }
        else if (target is not null)
        {
            parts.Add($"target {target}");
        }
        else if (kr.Baseline is { } only)
        {
            parts.Add($"baseline {F(only)}, no target");
        }

        if (kr.Deadline is { } d)
        {
            parts.Add($"by {d:yyyy-MM-dd}");
        }

        return string.Join(" ", parts);
    }
}

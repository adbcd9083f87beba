using Spectre.Console;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Cli.Commands.Check;

/// <summary>Renders quality findings grouped by unit and objective, the worst first.</summary>
internal static class CheckText
{
    public static void Render(IAnsiConsole console, OkrWorkspace workspace, string cycle, IReadOnlyList<Finding> findings)
    {
        console.MarkupLine($"[bold]{Markup.Escape(workspace.Organisation)}[/] · quality review of {Markup.Escape(cycle)}");
        var byUnit = findings
            .GroupBy(f => f.Target.Scope ?? "")
            .OrderByDescending(g => g.Max(f => f.Severity))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var unit in byUnit)
        {
            console.WriteLine();
            var name = workspace.FindUnit(unit.Key)?.Name ?? unit.Key;
            console.MarkupLine($"[bold underline]{Markup.Escape(name)}[/] [dim]({Markup.Escape(unit.Key)})[/]");
            foreach (var objective in unit.GroupBy(f => f.Target.ObjectiveRef.ToString()).OrderByDescending(g => g.Max(f => f.Severity)).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var title = workspace.ObjectivesIn(cycle).FirstOrDefault(o => o.Ref.ToString() == objective.Key)?.Title;
                console.MarkupLine($"  [cyan]{Markup.Escape(objective.Key)}[/] {Markup.Escape(title ?? "")}");
                foreach (var f in objective.OrderByDescending(f => f.Severity).ThenBy(f => f.Target.ToString(), StringComparer.Ordinal))
                {
                    var colour = f.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
                    console.MarkupLine($"    [{colour}]{f.Severity.ToString().ToLowerInvariant()} {f.RuleId}[/] {Markup.Escape(f.Target.LocalId)}: {Markup.Escape(f.Message)}");
                    console.MarkupLine($"      [dim]evidence:[/] {Markup.Escape(f.Evidence)}");
                    console.MarkupLine($"      [dim]fix:[/] {Markup.Escape(f.Fix)}");
                }
            }
        }

        console.WriteLine();
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var infos = findings.Count(f => f.Severity == Severity.Info);
        console.MarkupLine($"{findings.Count} findings: {errors} errors, {warnings} warnings, {infos} infos. Rules are described in docs/rules.md.");
    }
}

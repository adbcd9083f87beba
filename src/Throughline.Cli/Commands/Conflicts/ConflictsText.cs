using Spectre.Console;
using Throughline.Core.Conflicts;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Cli.Commands.Conflicts;

/// <summary>Renders a conflict report: the top three issues, then every conflict with rationale, evidence and suggestion.</summary>
internal static class ConflictsText
{
    public static void Render(IAnsiConsole console, OkrWorkspace workspace, ConflictReport report)
    {
        console.MarkupLine($"[bold]{Markup.Escape(workspace.Organisation)}[/] · cross-team conflicts in {Markup.Escape(report.Cycle)} · {report.Conflicts.Count} conflicts");
        console.WriteLine();
        console.MarkupLine("[bold underline]Top 3 issues to resolve before the quarter starts[/]");
        foreach (var issue in report.TopIssues)
        {
            console.MarkupLine($"  [bold]{issue.Rank}.[/] [yellow]{issue.Conflict.RuleId}[/] {Markup.Escape(Pair(issue.Conflict))}: {Markup.Escape(issue.Conflict.Rationale)}");
            console.MarkupLine($"     [green]conversation:[/] {Markup.Escape(issue.Conversation)}");
        }

        foreach (var group in report.Conflicts.GroupBy(c => c.Type))
        {
            console.WriteLine();
            console.MarkupLine($"[bold underline]{Markup.Escape(Title(group.Key))}[/] ({group.Count()})");
            foreach (var conflict in group)
            {
                var colour = conflict.Severity == Severity.Info ? "dim" : "yellow";
                console.MarkupLine($"  [{colour}]{conflict.RuleId}[/] [bold]{Markup.Escape(Pair(conflict))}[/] [dim]({Markup.Escape(string.Join(", ", conflict.Units.Distinct(StringComparer.Ordinal)))})[/]");
                console.MarkupLine($"    {Markup.Escape(conflict.Rationale)}");
                console.MarkupLine($"    [dim]evidence: {Markup.Escape(conflict.Evidence)}[/]");
                console.MarkupLine($"    [green]suggestion:[/] {Markup.Escape(conflict.Suggestion)}");
            }
        }
    }

    internal static string Pair(Conflict conflict) => conflict.B is null ? conflict.A : $"{conflict.A} vs {conflict.B}";

    internal static string Title(ConflictType type) => type switch
    {
        ConflictType.MetricTension => "Metric tensions",
        ConflictType.MetricDefinition => "One metric, two definitions",
        ConflictType.OverAsked => "Over-asked units",
        ConflictType.IncompatibleDates => "Incompatible dates",
        ConflictType.LatePlan => "Provider plans that land late",
        ConflictType.UnagreedDependency => "Unagreed dependencies",
        ConflictType.UnreflectedDependency => "Dependencies the provider's plans do not reflect",
        ConflictType.UnacceptedContribution => "Unaccepted contributions",
        _ => "Company KRs nobody owns",
    };
}

using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Grading;
using Throughline.Core.Knowledge;
using Throughline.Workspace.Writing;

namespace Throughline.Cli.Commands.Grade;

/// <summary>
/// <c>throughline grade PATH</c>: end-of-cycle grades 0.0-1.0 per KR and objective (objective = mean of its KRs),
/// written to the workspace's grades.yaml, with a learning summary.
/// </summary>
internal static class GradeCommand
{
    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var cycle = CommonOptions.Cycle();
        var format = CommonOptions.Format("text", "json");
        var asOf = new Option<string?>("--as-of") { Description = "Grade with the check-ins up to this date, YYYY-MM-DD (default: the cycle's latest check-in)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the grades without writing grades.yaml." };
        var command = new Command("grade", "Grade a cycle 0.0-1.0: moving KRs by progress toward the target (clamped), maintain KRs by the share of weeks the bound held, RAT KRs 1 passed / 0 failed; each objective is the mean of its KRs. Writes the KR grades (with a note holding the numbers and honesty findings) to grades.yaml, replacing earlier grades of the same cycle, and prints a learning summary. Before the cycle's end the grades are marked provisional.")
        {
            path, cycle, format, asOf, dryRun,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(cycle), parse.GetValue(format)!, parse.GetValue(asOf), parse.GetValue(dryRun)));
        return command;
    }

    private static int Run(CliContext context, string path, string? cycle, string format, string? asOfText, bool dryRun)
    {
        if (!CommonOptions.TryParseDate(context, "--as-of", asOfText, out var asOf))
        {
            return ExitCodes.BadInput;
        }

        if (!WorkspaceGate.TryLoad(context, path, cycle, out var workspace, out var cycleId, out var exitCode))
        {
            return exitCode;
        }

        var report = Grader.Run(workspace, KnowledgeBase.BuiltIn, cycleId, asOf);
        if (!report.Final)
        {
            context.Error.MarkupLine($"[yellow]warning:[/] {Markup.Escape(cycleId)} ends on {report.Cycle.End:yyyy-MM-dd}; grades as of {report.AsOf:yyyy-MM-dd} are provisional.");
        }

        if (!dryRun)
        {
            var graded = report.KeyResults.Select(g => g.KeyResult).ToHashSet();
            var merged = workspace.Grades.Where(g => g.Cycle != cycleId || !graded.Contains(g.KeyResult)).Concat(report.KeyResults).ToList();
            var files = WorkspaceWriter.Render(workspace with { Grades = merged });
            WorkspaceWriter.Write(new Dictionary<string, string> { ["grades.yaml"] = files["grades.yaml"] }, path);
        }

        if (format == "json")
        {
            context.WriteRaw(Json.Serialize(new
            {
                Cycle = cycleId,
                AsOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                report.Final,
                Written = !dryRun,
                KeyResults = report.KeyResults.Select(g => new { Kr = g.KeyResult.ToString(), g.Score, g.Note }),
                Ungraded = report.Ungraded.Select(u => new { Kr = u.KeyResult.ToString(), u.Reason }),
                Objectives = report.Objectives.Select(o => new { Objective = o.Objective.ToString(), o.Score, o.Graded, o.KeyResults }),
                report.Learnings,
            }));
            return ExitCodes.Ok;
        }

        context.Out.MarkupLine($"[bold]Grades of {Markup.Escape(cycleId)}[/] as of {report.AsOf:yyyy-MM-dd}{(report.Final ? "" : " (provisional)")}");
        foreach (var objective in report.Objectives)
        {
            var score = objective.Score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
            context.Out.MarkupLine($"  [bold]{Markup.Escape(objective.Objective.ToString())}[/] {score} (mean of {objective.Graded} of {objective.KeyResults} KRs)");
            foreach (var grade in report.KeyResults.Where(g => g.KeyResult.ObjectiveRef == objective.Objective))
            {
                context.Out.MarkupLine($"    {Markup.Escape(grade.KeyResult.LocalId)} {grade.Score.ToString("0.00", CultureInfo.InvariantCulture)}  [dim]{Markup.Escape(grade.Note ?? "")}[/]");
            }

            foreach (var (kr, reason) in report.Ungraded.Where(u => u.KeyResult.ObjectiveRef == objective.Objective))
            {
                context.Out.MarkupLine($"    {Markup.Escape(kr.LocalId)} not graded: {Markup.Escape(reason)}");
            }
        }

        context.Out.MarkupLine("[bold]Learning summary[/]");
        foreach (var learning in report.Learnings)
        {
            context.Out.MarkupLine($"  - {Markup.Escape(learning)}");
        }

        context.Out.MarkupLine(dryRun ? "Dry run: grades.yaml not written." : $"Wrote {report.KeyResults.Count} grades to {Markup.Escape(Path.Join(path, "grades.yaml"))}.");
        return ExitCodes.Ok;
    }
}

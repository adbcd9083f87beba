using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Parsing;
using Throughline.Core.Quality.Review;
using Throughline.Workspace.Import;

namespace Throughline.Cli.Commands.Check;

/// <summary>
/// <c>throughline check PATH</c>: the key result and objective quality review — output vs outcome, missing metric,
/// target, baseline or measurement, vanity metrics, RAT thresholds, owners, objective shape — every finding with its
/// rule id, evidence and fix. PATH is a workspace folder or a single file of OKRs (imported on the fly).
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "A workspace folder, or a .md/.txt/.csv file of OKRs to import and check on the fly." };
        var format = CommonOptions.Format("text", "json", "markdown", "sarif");
        var cycle = CommonOptions.Cycle();
        var unit = new Option<string?>("--unit") { Description = "Check only this unit's objectives (a unit id such as growth)." };
        var failOn = CommonOptions.FailOn();
        var sarifRoot = new Option<string?>("--sarif-root")
        {
            Description = "With --format sarif: make file paths relative to this directory (default: the current directory; use the repository root in CI so annotations land on the right files).",
        };
        var command = new Command("check", "Review key result and objective quality: outcome vs output, metric, target, baseline, measurement, vanity metrics, ambition against history, RAT thresholds, owners, objective shape. Scores every KR and objective 0-100 with its factors, rates each objective's 1-5 connection to what it supports, and proposes outcome rewrites. Every finding names its rule (docs/rules.md), the evidence and a fix. Formats: text, json, markdown, sarif (SARIF 2.1.0 for pull-request annotations).")
        {
            path,
            format,
            cycle,
            unit,
            failOn,
            sarifRoot,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(format)!, parse.GetValue(cycle), parse.GetValue(unit), parse.GetValue(failOn)!, parse.GetValue(sarifRoot)));
        return command;
    }

    private static int Run(CliContext context, string path, string format, string? cycle, string? unit, string failOn, string? sarifRoot)
    {
        OkrWorkspace workspace;
        if (File.Exists(path))
        {
            if (!TryImport(context, path, out workspace))
            {
                return ExitCodes.BadInput;
            }
        }
        else if (!WorkspaceGate.TryLoad(context, path, out workspace, out var exitCode))
        {
            return exitCode;
        }

        if (WorkspaceGate.ResolveCycle(context, workspace, cycle) is not { } cycleId)
        {
            return ExitCodes.BadInput;
        }

        var report = QualityReview.Run(workspace, KnowledgeBase.BuiltIn, cycleId);
        if (unit is not null)
        {
            if (workspace.FindUnit(unit) is null && report.Objectives.All(o => o.Objective.Ref.Scope != unit))
            {
                context.Error.MarkupLine($"[red]Unknown unit '{Markup.Escape(unit)}'.[/] Units: {Markup.Escape(string.Join(", ", workspace.Units.Select(u => u.Id)))}.");
                return ExitCodes.BadInput;
            }

            report = report.ForUnit(unit);
        }

        switch (format)
        {
            case "json":
                context.WriteRaw(Json.Serialize(CheckJson.From(workspace, report)));
                break;
            case "markdown":
                context.WriteRaw(CheckMarkdown.Render(workspace, report));
                break;
            case "sarif":
                context.WriteRaw(CheckSarif.Render(report, sarifRoot ?? Directory.GetCurrentDirectory()));
                break;
            default:
                CheckText.Render(context.Out, workspace, report);
                break;
        }

        var threshold = CommonOptions.FailOnSeverity(failOn);
        return threshold is { } t && report.Findings.Any(f => f.Severity >= t) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static bool TryImport(CliContext context, string file, out OkrWorkspace workspace)
    {
        var text = File.ReadAllText(file);
        var quarter = DocumentCycleChoice.Of(context, file, text, DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime));
        var imported = OkrDocumentImporter.Import(text, file, new ImportOptions(quarter.Id, KrParseContext.ForCycle(quarter.Start, quarter.End), "team"));
        // What could not be read (skipped lines, placeholder numbers) is said, not dropped.
        DiagnosticsPrinter.Print(context.Error, imported.Diagnostics);
        workspace = new OkrWorkspace
        {
            Organisation = Path.GetFileNameWithoutExtension(file),
            CurrentCycle = quarter.Id,
            Cycles = [quarter],
            Units = imported.Units,
            Objectives = imported.Objectives,
        };
        if (imported.HasErrors)
        {
            context.Error.MarkupLine($"[red]{Markup.Escape(file)}: could not be read ({DiagnosticsPrinter.Summary(imported.Diagnostics)}).[/]");
            return false;
        }

        return true;
    }
}

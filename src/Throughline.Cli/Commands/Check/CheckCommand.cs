using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Parsing;
using Throughline.Core.Quality.Rules;
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
        var format = CommonOptions.Format("text", "json");
        var cycle = CommonOptions.Cycle();
        var unit = new Option<string?>("--unit") { Description = "Check only this unit's objectives (a unit id such as growth)." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a finding at or above this severity exists: error | warning | never.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var command = new Command("check", "Review key result and objective quality: outcome vs output, metric, target, baseline, measurement, vanity metrics, RAT thresholds, owners, objective shape. Every finding names its rule (docs/rules.md), the evidence and a fix.")
        {
            path,
            format,
            cycle,
            unit,
            failOn,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(format)!, parse.GetValue(cycle), parse.GetValue(unit), parse.GetValue(failOn)!));
        return command;
    }

    private static int Run(CliContext context, string path, string format, string? cycle, string? unit, string failOn)
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

        var findings = QualityCheck.Run(workspace, KnowledgeBase.BuiltIn, cycleId);
        if (unit is not null)
        {
            findings = [.. findings.Where(f => f.Target.Scope == unit)];
        }

        if (format == "json")
        {
            context.WriteRaw(Json.Serialize(findings.Select(FindingJson.From).ToList()));
        }
        else
        {
            CheckText.Render(context.Out, workspace, cycleId, findings);
        }

        var threshold = failOn switch
        {
            "warning" => Severity.Warning,
            "error" => Severity.Error,
            _ => (Severity?)null,
        };
        return threshold is { } t && findings.Any(f => f.Severity >= t) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static bool TryImport(CliContext context, string file, out OkrWorkspace workspace)
    {
        var quarter = CycleCalendar.QuarterOf(DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime));
        var imported = OkrDocumentImporter.Import(File.ReadAllText(file), file, new ImportOptions(quarter.Id, KrParseContext.ForCycle(quarter.Start, quarter.End), "team"));
        DiagnosticsPrinter.Print(context.Error, imported.Diagnostics.Where(d => d.Severity != Severity.Info));
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

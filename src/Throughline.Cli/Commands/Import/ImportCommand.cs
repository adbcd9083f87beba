using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Parsing;
using Throughline.Workspace.Import;
using Throughline.Workspace.Writing;

namespace Throughline.Cli.Commands.Import;

/// <summary>
/// <c>throughline import FILE</c>: reads OKRs as people write them (Markdown, pasted text, tables, CSV exports) into
/// workspace YAML, printed or written into a workspace folder.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A Markdown, text or CSV file of OKRs (.md, .txt, .csv)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write into this folder: a new workspace when it is empty or missing, or new okrs/ files in an existing workspace (never over existing OKRs). Without it, the YAML is printed." };
        var unit = new Option<string?>("--unit") { Description = "The unit the OKRs belong to when the document names no team (default: taken from the file name)." };
        var cycle = new Option<string?>("--cycle") { Description = "The cycle, e.g. 2026-Q4 or 2026-H1 (default: the current calendar quarter)." };
        var organisation = new Option<string?>("--organisation") { Description = "Organisation name for a new workspace (default: from the file name)." };
        var format = CommonOptions.Format("yaml", "json");
        var command = new Command("import", "Import OKRs written as free text — headings and bullets, 'Objective:'/'O1:'/'KR1:' lines, numbered lists, tables, CSV exports — into workspace YAML. Reports every line it could not read with file:line.")
        {
            file,
            output,
            unit,
            cycle,
            organisation,
            format,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(file)!,
            parse.GetValue(output),
            parse.GetValue(unit),
            parse.GetValue(cycle),
            parse.GetValue(organisation),
            parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string file, string? output, string? unit, string? cycleId, string? organisation, string format)
    {
        if (!File.Exists(file))
        {
            context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(file)}: no such file: pass the path of a .md, .txt or .csv file of OKRs");
            return ExitCodes.BadInput;
        }

        var today = DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);
        var text = File.ReadAllText(file);
        Cycle? cycle;
        if (cycleId is null)
        {
            cycle = DocumentCycleChoice.Of(context, file, text, today);
        }
        else if (!CycleCalendar.TryCreate(cycleId, out cycle))
        {
            context.Error.MarkupLine($"[red]error:[/] '{Markup.Escape(cycleId)}' is not a cycle id: write it as 2026-Q4, 2026-H1 or 2026");
            return ExitCodes.BadInput;
        }

        if (unit is not null && !OkrRef.IsValidScope(unit))
        {
            context.Error.MarkupLine($"[red]error:[/] '{Markup.Escape(unit)}' is not a unit id: use letters, digits, '.', '_' and '-'");
            return ExitCodes.BadInput;
        }

        var defaultUnit = unit ?? Slug(Path.GetFileNameWithoutExtension(file));
        var imported = OkrDocumentImporter.Import(text, file, new ImportOptions(cycle.Id, KrParseContext.ForCycle(cycle.Start, cycle.End), defaultUnit));
        DiagnosticsPrinter.Print(context.Error, imported.Diagnostics);
        if (imported.HasErrors)
        {
            context.Error.MarkupLine($"[red]{Markup.Escape(file)}: not imported ({DiagnosticsPrinter.Summary(imported.Diagnostics)}); nothing was written.[/]");
            return ExitCodes.BadInput;
        }

        var workspace = new OkrWorkspace
        {
            Organisation = organisation ?? Title(Path.GetFileNameWithoutExtension(file)),
            CurrentCycle = cycle.Id,
            Cycles = [cycle],
            Units = imported.Units,
            Objectives = imported.Objectives,
        };

        if (output is null)
        {
            WriteToStdout(context, workspace, format);
        }
        else
        {
            var plan = ImportTarget.PlanFor(output, workspace.Organisation, cycle, imported.Units, imported.Objectives);
            DiagnosticsPrinter.Print(context.Error, plan.Diagnostics);
            if (plan.HasErrors)
            {
                context.Error.MarkupLine($"[red]{Markup.Escape(output)}: nothing was written.[/]");
                return ExitCodes.BadInput;
            }

            WorkspaceWriter.Write(plan.Files, output);
            foreach (var path in plan.Files.Keys)
            {
                context.Error.MarkupLine($"wrote {Markup.Escape(Path.Join(output, path))}");
            }
        }

        var krs = imported.Objectives.Sum(o => o.KeyResults.Count);
        var unread = imported.Diagnostics.Count(d => d.Severity != Severity.Info);
        context.Error.MarkupLine($"[green]imported[/] {imported.Objectives.Count} objectives and {krs} key results for {imported.Units.Count} unit(s){(unread > 0 ? $"; [yellow]{unread} line(s) need a look (above)[/]" : "")}.");
        return ExitCodes.Ok;
    }

    private static void WriteToStdout(CliContext context, OkrWorkspace workspace, string format)
    {
        if (format == "json")
        {
            context.WriteRaw(Json.Serialize(workspace.Objectives.Select(o => Show.ObjectiveNodeJson.From(new Core.Cascade.CascadeNode(o, [], []))).ToList()));
            return;
        }

        var first = true;
        foreach (var (path, content) in WorkspaceWriter.Render(workspace).Where(f => f.Key.StartsWith("okrs/", StringComparison.Ordinal) || f.Key == "units.yaml"))
        {
            context.WriteRaw($"{(first ? "" : "---\n")}# {path}\n{content}");
            first = false;
        }
    }

    private static string Slug(string name)
    {
        var slug = new string([.. name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Length == 0 ? "team" : slug;
    }

    private static string Title(string name) =>
        string.Join(' ', name.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}

using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Workspace.Loading;

namespace Throughline.Cli.Commands.Validate;

/// <summary><c>throughline validate PATH</c>: reads every file of a workspace and reports every problem at once.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("validate", "Check a workspace: malformed files, unknown references, duplicate ids, impossible dates. Prints every problem as file:line:column; exit code 2 when any is an error.")
        {
            path,
            format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string path, string format)
    {
        var result = WorkspaceLoader.Load(path);
        var summary = ValidationSummary.From(path, result);
        if (format == "json")
        {
            context.WriteRaw(Json.Serialize(summary));
        }
        else
        {
            DiagnosticsPrinter.Print(context.Out, result.Diagnostics);
            var counts = summary.Counts is { } c
                ? $"{c.Units} units, {c.Objectives} objectives, {c.KeyResults} key results, {c.Initiatives} initiatives, {c.CheckIns} check-ins, {c.MetricHistoryRows} metric history rows"
                : "nothing could be read";
            var verdict = result.HasErrors ? "[red]invalid[/]" : "[green]valid[/]";
            context.Out.MarkupLine($"{Markup.Escape(path)}: {verdict} — {counts}; {DiagnosticsPrinter.Summary(result.Diagnostics)}");
        }

        return result.HasErrors ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}

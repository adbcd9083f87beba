using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Workspace.Roadmap;

namespace Throughline.Cli.Commands.Roadmap;

/// <summary><c>--initiatives FILE</c>: replaces the cycle's roadmap with a Jira or Linear export, printing what the import reports.</summary>
internal static class RoadmapImport
{
    public static bool TryApply(CliContext context, string file, string cycle, double pointsPerWeek, ref OkrWorkspace workspace)
    {
        string text;
        string? note;
        try
        {
            text = ExportText.Decode(File.ReadAllBytes(file), out note);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.MarkupLine($"[red]error:[/] cannot read '{Markup.Escape(file)}': {Markup.Escape(ex.Message)}");
            return false;
        }

        if (note is not null)
        {
            context.Error.MarkupLine($"[yellow]{Markup.Escape(file)}: {Markup.Escape(note)}.[/]");
        }

        var result = RoadmapCsvImporter.Import(text, file, new RoadmapImportOptions(cycle, [.. workspace.ObjectivesIn(cycle)], workspace.Units, pointsPerWeek));
        DiagnosticsPrinter.Print(context.Error, result.Diagnostics.Where(d => d.Severity != Severity.Info));
        if (result.HasErrors)
        {
            context.Error.MarkupLine($"[red]{Markup.Escape(file)}: could not be imported ({DiagnosticsPrinter.Summary(result.Diagnostics)}).[/]");
            return false;
        }

        context.Error.MarkupLine($"[dim]{Markup.Escape(file)}: {result.Initiatives.Count} initiatives from a {result.Source} export replace the {cycle} roadmap.[/]");
        var current = workspace.CurrentCycle;
        var others = workspace.Initiatives.Where(i => (i.Cycle ?? current) != cycle).ToList();
        workspace = workspace with { Initiatives = [.. others, .. result.Initiatives] };
        return true;
    }
}

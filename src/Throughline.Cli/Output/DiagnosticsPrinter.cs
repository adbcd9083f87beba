using Spectre.Console;
using Throughline.Core.Diagnostics;

namespace Throughline.Cli.Output;

/// <summary>Prints diagnostics compiler style: <c>file:line:column: severity CODE: what is wrong: how to fix</c>.</summary>
internal static class DiagnosticsPrinter
{
    public static void Print(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var colour = d.Severity switch
            {
                Severity.Error => "red",
                Severity.Warning => "yellow",
                _ => "blue",
            };
            var place = d.Where is null ? "" : $"{Markup.Escape(d.Where.ToString())}: ";
            console.MarkupLine($"{place}[{colour}]{d.Severity.ToString().ToLowerInvariant()} {d.Code}[/]: {Markup.Escape(d.Message)}: {Markup.Escape(d.Fix)}");
        }
    }

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = diagnostics.Count(d => d.Severity == Severity.Info);
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")}";
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 || noun == "info" ? "" : "s")}";
}

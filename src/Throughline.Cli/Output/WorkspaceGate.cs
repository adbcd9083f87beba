using Spectre.Console;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Workspace.Loading;

namespace Throughline.Cli.Output;

/// <summary>
/// Loads a workspace for a command. Errors are printed to standard error and stop the command (exit code 2);
/// warnings are counted on one line so the command's own output stays readable.
/// </summary>
internal static class WorkspaceGate
{
    public static bool TryLoad(CliContext context, string path, out OkrWorkspace workspace, out int exitCode)
    {
        var result = WorkspaceLoader.Load(path);
        workspace = result.Workspace!;
        if (result.HasErrors || result.Workspace is null)
        {
            DiagnosticsPrinter.Print(context.Error, result.Diagnostics.Where(d => d.Severity == Severity.Error));
            context.Error.MarkupLine($"[red]{Markup.Escape(path)}: the workspace has errors ({DiagnosticsPrinter.Summary(result.Diagnostics)}); fix them and run again.[/]");
            exitCode = ExitCodes.BadInput;
            return false;
        }

        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        if (warnings > 0)
        {
            context.Error.MarkupLine($"[yellow]{Markup.Escape(path)}: {warnings} warning{(warnings == 1 ? "" : "s")}; run 'throughline validate {Markup.Escape(path)}' to see them.[/]");
        }

        exitCode = ExitCodes.Ok;
        return true;
    }

    /// <summary>
    /// Loads the workspace and settles the cycle to analyse (<paramref name="cycle"/>, or the workspace's current one):
    /// the first two steps of every command that reads a cycle.
    /// </summary>
    public static bool TryLoad(CliContext context, string path, string? cycle, out OkrWorkspace workspace, out string cycleId, out int exitCode)
    {
        cycleId = string.Empty;
        if (!TryLoad(context, path, out workspace, out exitCode))
        {
            return false;
        }

        if (ResolveCycle(context, workspace, cycle) is not { } resolved)
        {
            exitCode = ExitCodes.BadInput;
            return false;
        }

        cycleId = resolved;
        return true;
    }

    /// <summary>The cycle to analyse: <paramref name="cycle"/> or the current one; reports an unknown cycle and returns null.</summary>
    public static string? ResolveCycle(CliContext context, OkrWorkspace workspace, string? cycle)
    {
        var cycleId = cycle ?? workspace.CurrentCycle;
        if (workspace.FindCycle(cycleId) is not null)
        {
            return cycleId;
        }

        context.Error.MarkupLine($"[red]error:[/] unknown cycle '{Markup.Escape(cycleId)}': use one of {string.Join(", ", workspace.Cycles.Select(c => c.Id))}");
        return null;
    }
}

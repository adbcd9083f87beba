using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Cascade;

namespace Throughline.Cli.Commands.Show;

/// <summary><c>throughline show PATH</c>: the cascade as a tree — company objectives, the objectives supporting them, their KRs.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var format = CommonOptions.Format("text", "json");
        var cycle = CommonOptions.Cycle();
        var unit = new Option<string?>("--unit") { Description = "Show only the branches that hold this unit's objectives (a unit id such as growth)." };
        var command = new Command("show", "Print the cascade: company objectives -> the team and shared objectives that support them -> key results, with ids, baselines, targets and deadlines; then objectives linked to nothing.")
        {
            path,
            format,
            cycle,
            unit,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(format)!, parse.GetValue(cycle), parse.GetValue(unit)));
        return command;
    }

    private static int Run(CliContext context, string path, string format, string? cycle, string? unit)
    {
        if (!WorkspaceGate.TryLoad(context, path, cycle, out var workspace, out var cycleId, out var exitCode))
        {
            return exitCode;
        }

        if (unit is not null && workspace.FindUnit(unit) is null)
        {
            context.Error.MarkupLine($"[red]error:[/] unknown unit '{Markup.Escape(unit)}': use one of {string.Join(", ", workspace.Units.Select(u => u.Id))}");
            return ExitCodes.BadInput;
        }

        var tree = CascadeTree.Build(workspace, cycleId);
        if (unit is not null)
        {
            tree = CascadeFilter.ForUnit(tree, unit);
        }

        if (format == "json")
        {
            context.WriteRaw(Json.Serialize(ShowJson.From(workspace, tree)));
        }
        else
        {
            ShowText.Render(context.Out, workspace, tree);
        }

        return ExitCodes.Ok;
    }
}

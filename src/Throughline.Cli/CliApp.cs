using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Commands.Adjust;
using Throughline.Cli.Commands.Align;
using Throughline.Cli.Commands.Backtest;
using Throughline.Cli.Commands.Check;
using Throughline.Cli.Commands.CheckIn;
using Throughline.Cli.Commands.Conflicts;
using Throughline.Cli.Commands.Draft;
using Throughline.Cli.Commands.Grade;
using Throughline.Cli.Commands.Import;
using Throughline.Cli.Commands.Progress;
using Throughline.Cli.Commands.Review;
using Throughline.Cli.Commands.ReviewDraft;
using Throughline.Cli.Commands.Roadmap;
using Throughline.Cli.Commands.Show;
using Throughline.Cli.Commands.Validate;

namespace Throughline.Cli;

/// <summary>The <c>throughline</c> command: builds the command tree, parses, runs, and maps failures to exit codes.</summary>
internal static class CliApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Throughline: reviews an organisation's OKR workspace — quality, alignment, conflicts, progress and roadmap.")
        {
            ReviewCommand.Create(context),
            ValidateCommand.Create(context),
            ShowCommand.Create(context),
            ImportCommand.Create(context),
            CheckCommand.Create(context),
            AlignCommand.Create(context),
            ConflictsCommand.Create(context),
            ProgressCommand.Create(context),
            CheckInCommand.Create(context),
            GradeCommand.Create(context),
            AdjustCommand.Create(context),
            BacktestCommand.Create(context),
            RoadmapCommand.Create(context),
            DraftCommand.Create(context),
            ReviewDraftCommand.Create(context),
        };
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(error.Message)}");
            }

            context.Error.MarkupLine("Run [bold]throughline --help[/] (or the command followed by --help) for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Out.Profile.Out.Writer,
                Error = context.Error.Profile.Out.Writer,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Error.MarkupLine($"[red]unexpected error:[/] {Markup.Escape(ex.Message)}");
            context.Error.WriteLine("This is a bug in Throughline; please report it with the command you ran.");
            context.Error.WriteLine(ex.ToString());
            return ExitCodes.Unexpected;
        }
    }
}

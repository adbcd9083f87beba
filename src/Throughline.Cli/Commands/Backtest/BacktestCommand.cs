using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Progress.Backtest;

namespace Throughline.Cli.Commands.Backtest;

/// <summary>
/// <c>throughline backtest [--cases FILE.jsonl] [--format text|json]</c>: replays key results through the progress
/// forecaster and reports hit/miss accuracy and Brier score against the naive baselines. Without --cases it scores
/// the shipped cases built from real public series (data/backtest/README.md).
/// </summary>
internal static class BacktestCommand
{
    public const string ShippedCases = "bike-sharing-weekly.jsonl";

    public static Command Create(CliContext context)
    {
        var cases = new Option<string?>("--cases")
        {
            Description = "A JSON-lines file of cases, one object per line: {id, metric, unit, direction (increase|decrease), quarter_start (ISO date, 13-week cycle), baseline, target, history: [{date, value}], checkins: [{date, value}], hit (optional)}. Default: the shipped cases from real public series.",
        };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("backtest", "Measure the progress forecaster: for each case, predict from the check-ins so far the probability of reaching the target at week 13, the projected end value and the status; with known outcomes, report accuracy (probability >= 0.5 means hit), Brier score and calibration next to two naive baselines (linear extrapolation of the check-ins; on pace: progress at least week/13 of the way).")
        {
            cases,
            format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(cases), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string? file, string format)
    {
        IReadOnlyList<BacktestCase> cases;
        IReadOnlyList<string> errors;
        if (file is null)
        {
            using var stream = typeof(BacktestCommand).Assembly.GetManifestResourceStream(ShippedCases)
                ?? throw new InvalidOperationException($"The shipped backtest cases '{ShippedCases}' are not embedded.");
            using var reader = new StreamReader(stream);
            (cases, errors) = BacktestCaseReader.Read(reader, ShippedCases);
        }
        else if (!File.Exists(file))
        {
            context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(file)}: file not found: pass a JSON-lines file of cases with --cases.");
            return ExitCodes.BadInput;
        }
        else
        {
            using var reader = new StreamReader(file);
            (cases, errors) = BacktestCaseReader.Read(reader, file);
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(error)}");
            }

            return ExitCodes.BadInput;
        }

        var predictions = cases.Select(Backtester.Predict).ToList();
        var summary = Backtester.Summarise(predictions);
        if (format == "json")
        {
            context.WriteRaw(Json.Serialize(BacktestJson.From(file ?? ShippedCases, predictions, summary)));
        }
        else
        {
            BacktestText.Render(context.Out, file ?? ShippedCases, predictions, summary);
        }

        return ExitCodes.Ok;
    }
}

using System.Globalization;
using Spectre.Console;
using Throughline.Cli.Commands.Progress;
using Throughline.Core.Progress.Backtest;

namespace Throughline.Cli.Commands.Backtest;

/// <summary>Renders backtest results: the summary against the baselines, calibration bins, then one line per case.</summary>
internal static class BacktestText
{
    public static void Render(IAnsiConsole console, string source, IReadOnlyList<BacktestPrediction> predictions, BacktestSummary? summary)
    {
        console.MarkupLine($"[bold]Backtest[/] of the progress forecaster on {Markup.Escape(source)}: {predictions.Count} cases");
        if (summary is not null)
        {
            console.MarkupLine($"  {summary.Cases} cases with a known outcome ({summary.Hits} hits), predicted at week {predictions.Where(p => p.Hit is not null).Select(p => p.Week).DefaultIfEmpty().Max()} of {Backtester.CycleWeeks}");
            console.MarkupLine($"  forecaster            accuracy {P(summary.Accuracy)}  Brier {B(summary.Brier)}");
            console.MarkupLine($"  linear extrapolation  accuracy {P(summary.LinearAccuracy)}  Brier {B(summary.LinearBrier)}");
            console.MarkupLine($"  on pace               accuracy {P(summary.OnPaceAccuracy)}  Brier {B(summary.OnPaceBrier)}");
            console.MarkupLine("  calibration (predicted probability -> observed hit rate):");
            foreach (var bin in summary.Calibration.Where(b => b.Cases > 0))
            {
                console.MarkupLine($"    {P(bin.From)}-{P(bin.To)}: {bin.Cases,3} cases, mean P {P(bin.MeanProbability)}, hit rate {P(bin.HitRate)}");
            }
        }

        console.WriteLine();
        foreach (var p in predictions)
        {
            var outcome = p.Hit is { } hit ? (hit ? " hit" : " miss") : string.Empty;
            console.MarkupLine($"  {Markup.Escape(p.Id)}: P(hit) {P(p.Probability)}, end {p.PredictedEnd.ToString("0.##", CultureInfo.InvariantCulture)}, {ProgressText.Label(p.Status)}{outcome}");
        }
    }

    private static string P(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string B(double brier) => brier.ToString("0.000", CultureInfo.InvariantCulture);
}

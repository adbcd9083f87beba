using Throughline.Cli.Commands.Progress;
using Throughline.Core.Progress.Backtest;

namespace Throughline.Cli.Commands.Backtest;

/// <summary>The JSON shape of <c>throughline backtest --format json</c> (documented in docs/cli.md).</summary>
internal static class BacktestJson
{
    public sealed record Report(string Source, IReadOnlyList<Case> Cases, int? Scored, double? Accuracy, double? Brier, IReadOnlyList<Baseline>? Baselines, IReadOnlyList<Bin>? Calibration);

    public sealed record Case(string Id, double Probability, double PredictedEnd, string Status, int Week, bool? Hit);

    public sealed record Baseline(string Name, double Accuracy, double Brier);

    public sealed record Bin(double From, double To, int Cases, double MeanProbability, double HitRate);

    public static Report From(string source, IReadOnlyList<BacktestPrediction> predictions, BacktestSummary? summary) => new(
        source,
        [.. predictions.Select(p => new Case(p.Id, Math.Round(p.Probability, 4), Math.Round(p.PredictedEnd, 4), ProgressJson.Name(p.Status), p.Week, p.Hit))],
        summary?.Cases,
        summary is null ? null : Math.Round(summary.Accuracy, 4),
        summary is null ? null : Math.Round(summary.Brier, 4),
        summary is null ? null :
        [
            new Baseline("linear-extrapolation", Math.Round(summary.LinearAccuracy, 4), Math.Round(summary.LinearBrier, 4)),
            new Baseline("on-pace", Math.Round(summary.OnPaceAccuracy, 4), Math.Round(summary.OnPaceBrier, 4)),
        ],
        summary?.Calibration.Select(b => new Bin(b.From, Math.Round(b.To, 2), b.Cases, Math.Round(b.MeanProbability, 4), Math.Round(b.HitRate, 4))).ToList());
}

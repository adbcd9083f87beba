namespace Throughline.Core.Progress.Backtest;

/// <summary>Accuracy and calibration of the predictions over the cases whose outcome is known.</summary>
/// <param name="Cases">Cases with a known outcome.</param>
/// <param name="Hits">How many of them hit.</param>
/// <param name="Accuracy">Share where (probability ≥ 0.5) matched the outcome.</param>
/// <param name="Brier">Mean squared error of the probability against the 0/1 outcome (lower is better; 0.25 is a coin).</param>
/// <param name="LinearAccuracy">Accuracy of the linear-extrapolation baseline.</param>
/// <param name="LinearBrier">Brier score of the linear-extrapolation baseline (its probability is 0 or 1).</param>
/// <param name="OnPaceAccuracy">Accuracy of the on-pace baseline.</param>
/// <param name="OnPaceBrier">Brier score of the on-pace baseline.</param>
/// <param name="Calibration">Predicted probability against observed hit rate, in five bins.</param>
public sealed record BacktestSummary(int Cases, int Hits, double Accuracy, double Brier, double LinearAccuracy, double LinearBrier, double OnPaceAccuracy, double OnPaceBrier, IReadOnlyList<CalibrationBin> Calibration);

/// <summary>One calibration bin: cases whose probability fell in [From, To), their mean probability and observed hit rate.</summary>
/// <param name="From">Lower bound of the bin.</param>
/// <param name="To">Upper bound of the bin.</param>
/// <param name="Cases">Cases in the bin.</param>
/// <param name="MeanProbability">Mean predicted probability.</param>
/// <param name="HitRate">Observed share of hits.</param>
public sealed record CalibrationBin(double From, double To, int Cases, double MeanProbability, double HitRate);

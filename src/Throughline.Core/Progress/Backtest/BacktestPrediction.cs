namespace Throughline.Core.Progress.Backtest;

/// <summary>The forecaster's prediction for one case.</summary>
/// <param name="Id">Case id.</param>
/// <param name="Probability">Probability of reaching the target at week 13.</param>
/// <param name="PredictedEnd">Projected value at week 13.</param>
/// <param name="Status">achieved, on-track, at-risk or off-track (see <see cref="ProgressReview"/> thresholds).</param>
/// <param name="Week">The week of the last check-in.</param>
/// <param name="Hit">The outcome, when the case gives it.</param>
/// <param name="LinearHit">Naive baseline 1: the least-squares line through the check-ins, extended to week 13, reaches the target.</param>
/// <param name="OnPaceHit">Naive baseline 2: progress at the last check-in is at least week/13 of the way (hit if on pace).</param>
public sealed record BacktestPrediction(string Id, double Probability, double PredictedEnd, ProgressStatus Status, int Week, bool? Hit, bool LinearHit, bool OnPaceHit);

using Throughline.Core.Model;

namespace Throughline.Core.Progress.Backtest;

/// <summary>
/// Replays key results through <see cref="Forecaster"/> and scores the predictions of hit or miss at week 13 against
/// the outcome, next to two naive baselines (linear extrapolation of the check-ins, and "on pace").
/// </summary>
public static class Backtester
{
    /// <summary>Weeks in a backtest cycle.</summary>
    public const int CycleWeeks = 13;

    /// <summary>The prediction for one case from its check-ins (weeks are counted from <see cref="BacktestCase.QuarterStart"/>).</summary>
    public static BacktestPrediction Predict(BacktestCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var values = @case.CheckIns.Select(c => c.Value).ToList();
        var week = @case.CheckIns.Count == 0 ? 0 : Math.Clamp((@case.CheckIns[^1].Date.DayNumber - @case.QuarterStart.DayNumber) / 7 + 1, 1, CycleWeeks);
        var input = new ForecastInput(@case.Direction, @case.Baseline, @case.Target, values, CycleWeeks - week, [.. @case.History.Select(h => h.Value)]);
        var forecast = Forecaster.Project(input) ?? new Forecast(@case.History.Count > 0 ? @case.History[^1].Value : 0, 0, 0, 0.5, 0, 0, false);
        var decrease = @case.Direction == MetricDirection.Decrease;
        bool Reached(double v) => decrease ? v <= @case.Target : v >= @case.Target;
        var current = values.Count > 0 ? values[^1] : @case.Baseline ?? forecast.ProjectedEnd;
        var status = StatusOf(@case, forecast, current, week, Reached(current));
        var linearHit = values.Count >= 2 ? Reached(LinearEnd(values)) : Reached(current);
        var onPace = @case.Baseline is { } b && @case.Target != b
            ? (current - b) / (@case.Target - b) >= week / (double)CycleWeeks
            : Reached(current);
        return new BacktestPrediction(@case.Id, forecast.Probability, forecast.ProjectedEnd, status, week, @case.Hit, linearHit, onPace);
    }

    /// <summary>Accuracy, Brier score and calibration over the predictions with a known outcome; null when there are none.</summary>
    public static BacktestSummary? Summarise(IReadOnlyList<BacktestPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var known = predictions.Where(p => p.Hit is not null).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        double Outcome(BacktestPrediction p) => p.Hit!.Value ? 1 : 0;
        var bins = Enumerable.Range(0, 5).Select(i =>
        {
            var (from, to) = (i * 0.2, i == 4 ? 1.0001 : (i + 1) * 0.2);
            var inBin = known.Where(p => p.Probability >= from && p.Probability < to).ToList();
            return new CalibrationBin(from, Math.Min(to, 1), inBin.Count, inBin.Count > 0 ? inBin.Average(p => p.Probability) : 0, inBin.Count > 0 ? inBin.Average(Outcome) : 0);
        }).ToList();
        return new BacktestSummary(
            known.Count,
            known.Count(p => p.Hit == true),
            known.Average(p => (p.Probability >= 0.5) == p.Hit ? 1.0 : 0.0),
            known.Average(p => (p.Probability - Outcome(p)) * (p.Probability - Outcome(p))),
            known.Average(p => p.LinearHit == p.Hit ? 1.0 : 0.0),
            known.Average(p => p.LinearHit == p.Hit ? 0.0 : 1.0),
            known.Average(p => p.OnPaceHit == p.Hit ? 1.0 : 0.0),
            known.Average(p => p.OnPaceHit == p.Hit ? 0.0 : 1.0),
            bins);
    }

    /// <summary>The same thresholds as the progress review: achieved, on track (P ≥ 0.6), at risk, off track (P &lt; 0.15 and the required pace beyond the pace so far and the best run in history).</summary>
    private static ProgressStatus StatusOf(BacktestCase c, Forecast forecast, double current, int week, bool reached)
    {
        var p = forecast.Probability;
        if (reached && p >= 0.5)
        {
            return ProgressStatus.Achieved;
        }

        if (p >= ProgressReview.OnTrackProbability)
        {
            return ProgressStatus.OnTrack;
        }

        if (p >= ProgressReview.MissProbability)
        {
            return ProgressStatus.AtRisk;
        }

        var sign = c.Direction == MetricDirection.Decrease ? -1 : 1;
        var remaining = Math.Max(1, CycleWeeks - week);
        var required = sign * (c.Target - current) / remaining;
        var achieved = c.Baseline is { } b && week > 0 ? sign * (current - b) / week : double.NegativeInfinity;
        var best = double.NegativeInfinity;
        for (var i = 0; i + remaining < c.History.Count; i++)
        {
            best = Math.Max(best, sign * (c.History[i + remaining].Value - c.History[i].Value) / remaining);
        }

        return required <= Math.Max(achieved, best) ? ProgressStatus.AtRisk : ProgressStatus.OffTrack;
    }

    private static double LinearEnd(IReadOnlyList<double> y)
    {
        var n = y.Count;
        var meanX = (n + 1) / 2.0;
        var meanY = y.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (i + 1 - meanX) * (i + 1 - meanX);
            sxy += (i + 1 - meanX) * (y[i] - meanY);
        }

        return meanY + sxy / sxx * (CycleWeeks - meanX);
    }
}

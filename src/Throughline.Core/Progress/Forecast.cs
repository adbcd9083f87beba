namespace Throughline.Core.Progress;

/// <summary>
/// A key result's projected end-of-cycle value with an 80% band, the probability of reaching the target, and the
/// numbers behind them (see <see cref="Forecaster"/>).
/// </summary>
/// <param name="ProjectedEnd">The projected value at the end of the cycle.</param>
/// <param name="Low">The lower end of the 80% band.</param>
/// <param name="High">The upper end of the 80% band.</param>
/// <param name="Probability">The probability (0..1) that the end value reaches the target.</param>
/// <param name="WeeklyTrend">The damped weekly change used for the projection, in the KR's unit.</param>
/// <param name="Sigma">The standard deviation of the end value.</param>
/// <param name="UsedHistory">True when the metric's history before the cycle widened or narrowed the band.</param>
public sealed record Forecast(double ProjectedEnd, double Low, double High, double Probability, double WeeklyTrend, double Sigma, bool UsedHistory);

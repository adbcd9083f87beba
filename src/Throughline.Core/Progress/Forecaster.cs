using Throughline.Core.Model;

namespace Throughline.Core.Progress;

/// <summary>
/// Projects a key result to the end of its cycle from its weekly check-ins and the metric's history.
/// <list type="number">
/// <item>Level: the mean of the last three check-ins (fewer when fewer exist), placed at their centre week.</item>
/// <item>Trend: the mean of the least-squares slope of the check-ins and the pace since the baseline (level minus
/// baseline over the weeks elapsed); either alone when the other is unknown.</item>
/// <item>Season: when the history reaches a year back and the metric swung by 10% or more over the same weeks last
/// year, the end value is averaged (weight 0.5) with the level moved as it moved then (a ratio for flows, the absolute
/// change for cumulative counts).</item>
/// <item>Damping: the trend is multiplied by n / (n + 3) over the remaining weeks, so a short series is not
/// extrapolated with full confidence.</item>
/// <item>Noise: the residual spread of the check-ins around their line gives the level and slope uncertainty; when the
/// metric has history, the spread of its changes over the same number of weeks is averaged in (variances), which
/// carries volatility the few check-ins cannot show. With fewer than three check-ins the history alone sets it.</item>
/// <item>Momentum: the part of the trend the damping removed, (1 - n / (n + 3)) x trend x remaining weeks, is added
/// as one more standard deviation: nobody knows whether the recent pace will hold.</item>
/// <item>Guardrails (<see cref="ForecastInput.FollowTrend"/> false, maintain KRs): the level is the median of the last
/// three values, there is no trend, and the spread is the median absolute deviation (robust to one outlier week).</item>
/// <item>Probability: normal, P(end beyond target). The band is the central 80% (±1.2816 σ).</item>
/// </list>
/// Measured by <c>throughline backtest</c> on real public series (docs/cli.md).
/// </summary>
public static class Forecaster
{
    /// <summary>Check-ins averaged for the current level.</summary>
    public const int LevelWindow = 3;

    /// <summary>Damping constant k of n / (n + k).</summary>
    public const double DampingWeeks = 3;

    /// <summary>Weight of the metric's history in the variance of the end value.</summary>
    public const double HistoryWeight = 0.5;

    /// <summary>Weight of last year's movement over the same weeks in the projected end value.</summary>
    public const double SeasonalWeight = 0.5;

    /// <summary>Smallest swing over the same weeks last year (share of the level) that counts as seasonality.</summary>
    public const double SeasonalThreshold = 0.10;

    private const int WeeksPerYear = 52;

    private const double Band80 = 1.2815515655446004;

    /// <summary>The forecast, or null when there is nothing to project from (no check-in and no baseline).</summary>
    public static Forecast? Project(ForecastInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var y = input.CheckIns;
        var n = y.Count;
        var remaining = Math.Max(0, input.WeeksRemaining);
        if (n == 0 && input.Baseline is null)
        {
            return null;
        }

        double level, centre, slope = 0, variance = 0;
        if (n == 0)
        {
            level = input.Baseline!.Value;
            centre = 0;
        }
        else
        {
            var window = Math.Min(LevelWindow, n);
            level = y.Skip(n - window).Average();
            centre = n - (window - 1) / 2.0;
            var (regression, residual, sxx) = Fit(y);
            var pace = input.Baseline is { } b ? (level - b) / centre : (double?)null;
            slope = (regression, pace) switch
            {
                ({ } r, { } p) => (r + p) / 2,
                ({ } r, null) => r,
                (null, { } p) => p,
                _ => 0,
            };
            if (residual is { } s && sxx > 0)
            {
                var damp = n / (n + DampingWeeks);
                variance = s * s * (1 + 1.0 / window) + damp * damp * remaining * remaining * s * s / sxx;
            }
        }

        if (!input.FollowTrend && n > 0)
        {
            // A guardrail holds a level; it does not travel. Use the median of the recent values and no trend.
            var recent = y.Skip(n - Math.Min(LevelWindow, n)).Order().ToList();
            level = recent[recent.Count / 2];
            centre = n;
            slope = 0;

            // Robust spread (1.4826 x median absolute deviation): one explained outlier week must not decide a guardrail.
            var median = Median(y);
            var mad = 1.4826 * Median([.. y.Select(v => Math.Abs(v - median))]);
            variance = mad * mad * (1 + 1.0 / Math.Min(LevelWindow, n));
        }

        var damping = n / (n + DampingWeeks);
        var end = level + slope * (n - centre) + damping * slope * remaining;

        if (input.FollowTrend && n > 0 && SameWeeksLastYear(input.History, y, remaining) is { } seasonal)
        {
            end = (1 - SeasonalWeight) * end + SeasonalWeight * seasonal;
        }

        // Whether the trend persists is itself uncertain: the part the damping removed counts as one standard deviation.
        var dampedAway = (1 - damping) * slope * remaining;
        variance += dampedAway * dampedAway;
        var usedHistory = false;
        if (HistorySpread(input.History, remaining) is { } spread)
        {
            variance = n >= 3 ? (1 - HistoryWeight) * variance + HistoryWeight * spread * spread : spread * spread;
            usedHistory = true;
        }

        var sigma = Math.Sqrt(variance);
        var beyond = input.Direction == MetricDirection.Decrease ? input.Target - end : end - input.Target;
        var probability = sigma > 1e-12 ? Normal.Cdf(beyond / sigma) : beyond >= 0 ? 1 : 0;
        return new Forecast(end, end - Band80 * sigma, end + Band80 * sigma, probability, damping * slope, sigma, usedHistory);
    }

    /// <summary>
    /// The end value if the metric moves over the remaining weeks as it did over the same weeks a year earlier:
    /// level x (value a year before the end / mean a year before the level window) for a flow, or the same absolute
    /// change for a cumulative series (one that never falls week to week, such as a customer count) or values that
    /// are not all positive. Null when the history does not reach back that far, or when last year's swing was under
    /// 10% of the level (noise, not a season). History is weekly and ends the week before the cycle.
    /// </summary>
    private static double? SameWeeksLastYear(IReadOnlyList<double> history, IReadOnlyList<double> y, int remaining)
    {
        var n = y.Count;
        var window = Math.Min(LevelWindow, n);
        var from = history.Count + n - window - WeeksPerYear;
        var endIndex = history.Count + n + remaining - 1 - WeeksPerYear;
        if (from < 0 || endIndex >= history.Count || remaining == 0)
        {
            return null;
        }

        var level = y.Skip(n - window).Average();
        var before = history.Skip(from).Take(window).Average();
        var after = history[endIndex];
        if (Math.Abs(after - before) < SeasonalThreshold * Math.Max(Math.Abs(before), 1e-9))
        {
            return null;
        }

        var cumulative = history.Zip(history.Skip(1), (x, z) => z >= x).All(up => up);
        return !cumulative && before > 0 && after > 0 && level > 0 ? level * after / before : level + (after - before);
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The least-squares slope of values at weeks 1..n, the residual standard deviation and Sxx (n ≥ 3).</summary>
    private static (double? Slope, double? Residual, double Sxx) Fit(IReadOnlyList<double> y)
    {
        var n = y.Count;
        if (n < 3)
        {
            return (null, null, 0);
        }

        var meanX = (n + 1) / 2.0;
        var meanY = y.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (i + 1 - meanX) * (i + 1 - meanX);
            sxy += (i + 1 - meanX) * (y[i] - meanY);
        }

        var slope = sxy / sxx;
        var squares = 0.0;
        for (var i = 0; i < n; i++)
        {
            var r = y[i] - (meanY + slope * (i + 1 - meanX));
            squares += r * r;
        }

        return (slope, Math.Sqrt(squares / (n - 2)), sxx);
    }

    /// <summary>The standard deviation of the history's changes over <paramref name="weeks"/> weeks; null when too short.</summary>
    private static double? HistorySpread(IReadOnlyList<double> history, int weeks)
    {
        var span = Math.Max(1, weeks);
        if (history.Count < span + 3)
        {
            return null;
        }

        var changes = new double[history.Count - span];
        for (var i = 0; i < changes.Length; i++)
        {
            changes[i] = history[i + span] - history[i];
        }

        var mean = changes.Average();
        return Math.Sqrt(changes.Sum(c => (c - mean) * (c - mean)) / changes.Length);
    }
}

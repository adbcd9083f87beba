using Throughline.Core.Model;

namespace Throughline.Core.Quality.Calibration;

/// <summary>One quarter's change of a metric: the value at <see cref="End"/> minus the value 13 weeks earlier.</summary>
/// <param name="End">The date of the later observation.</param>
/// <param name="Change">The change over the quarter, in the metric's units.</param>
public sealed record QuarterChange(DateOnly End, double Change);

/// <summary>
/// A metric's quarter-over-quarter history: the changes between points 13 weeks apart, counted back from the last
/// observation before a cycle starts. It is what ambition calibration and rewrite targets are measured against.
/// </summary>
/// <param name="Last">The last observation before the cycle started.</param>
/// <param name="Quarters">The quarterly changes, oldest first.</param>
public sealed record MetricTrend(MetricObservation Last, IReadOnlyList<QuarterChange> Quarters)
{
    private const int WeeksPerQuarter = 13;
    private const int ToleranceDays = 3;

    /// <summary>The mean quarterly change (the trend); 0 when there are no quarters.</summary>
    public double Mean => Quarters.Count == 0 ? 0 : Quarters.Average(q => q.Change);

    /// <summary>The best quarterly change in <paramref name="direction"/> (the largest rise, or the largest fall).</summary>
    public double Best(MetricDirection direction) =>
        Quarters.Count == 0 ? 0 : direction == MetricDirection.Decrease ? Quarters.Min(q => q.Change) : Quarters.Max(q => q.Change);

    /// <summary>
    /// The trend of <paramref name="history"/> (one metric's observations before the cycle, sorted by date); null when
    /// the history is empty. Points are taken 13 weeks apart (within 3 days) back from the last observation and stop at
    /// the first gap.
    /// </summary>
    public static MetricTrend? From(IReadOnlyList<MetricObservation> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            return null;
        }

        var points = new List<MetricObservation> { history[^1] };
        while (Nearest(history, points[^1].Date.AddDays(-7 * WeeksPerQuarter)) is { } earlier)
        {
            points.Add(earlier);
        }

        points.Reverse();
        return new MetricTrend(history[^1], [.. points.Zip(points.Skip(1), (from, to) => new QuarterChange(to.Date, to.Value - from.Value))]);
    }

    /// <summary>The observation closest to <paramref name="day"/> within the tolerance, by binary search.</summary>
    private static MetricObservation? Nearest(IReadOnlyList<MetricObservation> history, DateOnly day)
    {
        int low = 0, high = history.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (history[mid].Date < day)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        // low is the first observation on or after the day; high the last one before it.
        MetricObservation? best = null;
        foreach (var i in new[] { high, low })
        {
            if (i >= 0 && i < history.Count && Math.Abs(history[i].Date.DayNumber - day.DayNumber) <= ToleranceDays &&
                (best is null || Math.Abs(history[i].Date.DayNumber - day.DayNumber) < Math.Abs(best.Date.DayNumber - day.DayNumber)))
            {
                best = history[i];
            }
        }

        return best;
    }
}

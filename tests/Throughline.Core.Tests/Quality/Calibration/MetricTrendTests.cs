using Throughline.Core.Model;
using Throughline.Core.Quality.Calibration;
using static Throughline.Core.Tests.Quality.Review.ReviewKit;

namespace Throughline.Core.Tests.Quality.Calibration;

/// <summary>Quarter-over-quarter changes read from weekly metric history.</summary>
public sealed class MetricTrendTests
{
    private static MetricObservation At(DateOnly day, double value) => new("activation", day, value);

    [Fact]
    public void From_WeeklyHistory_GivesOneChangePerThirteenWeeks()
    {
        var trend = MetricTrend.From(WeeklyHistory("activation", 31, 2, 2, 2.5, 2))!;

        Assert.Equal(LastBeforeCycle, trend.Last.Date);
        Assert.Equal(31, trend.Last.Value);
        Assert.Equal(4, trend.Quarters.Count);
        Assert.Equal([2, 2, 2.5, 2], trend.Quarters.Select(q => Math.Round(q.Change, 3)));
        Assert.Equal(LastBeforeCycle, trend.Quarters[^1].End);
        Assert.Equal(LastBeforeCycle.AddDays(-91), trend.Quarters[^2].End);
        Assert.Equal(2.125, trend.Mean, 3);
        Assert.Equal(2.5, trend.Best(MetricDirection.Increase), 3);
    }

    [Fact]
    public void From_Empty_IsNull() => Assert.Null(MetricTrend.From([]));

    [Fact]
    public void From_SingleObservation_HasNoQuarters()
    {
        var trend = MetricTrend.From([At(LastBeforeCycle, 31)])!;

        Assert.Empty(trend.Quarters);
        Assert.Equal(0, trend.Mean);
        Assert.Equal(0, trend.Best(MetricDirection.Increase));
    }

    [Fact]
    public void From_GapInHistory_StopsTheSeriesThere()
    {
        // Drop the weeks around two quarters back: the series keeps the last quarter only.
        var twoQuartersBack = LastBeforeCycle.AddDays(-182);
        var history = WeeklyHistory("activation", 31, 2, 2, 2.5, 2)
            .Where(h => Math.Abs(h.Date.DayNumber - twoQuartersBack.DayNumber) > 3)
            .ToList();

        var trend = MetricTrend.From(history)!;

        var quarter = Assert.Single(trend.Quarters);
        Assert.Equal(2, quarter.Change, 3);
    }

    [Theory]
    [InlineData(-91, 1)]
    [InlineData(-88, 1)]
    [InlineData(-94, 1)]
    [InlineData(-87, 0)]
    [InlineData(-95, 0)]
    public void From_PointsNearlyAQuarterApart_AcceptsThreeDaysTolerance(int daysBack, int quarters)
    {
        var trend = MetricTrend.From([At(LastBeforeCycle.AddDays(daysBack), 28), At(LastBeforeCycle, 31)])!;

        Assert.Equal(quarters, trend.Quarters.Count);
        if (quarters == 1)
        {
            Assert.Equal(3, trend.Quarters[0].Change);
        }
    }

    [Fact]
    public void From_SeveralPointsInTolerance_TakesTheNearest()
    {
        var quarterBack = LastBeforeCycle.AddDays(-91);

        var trend = MetricTrend.From([At(quarterBack.AddDays(-2), 20), At(quarterBack.AddDays(1), 27), At(LastBeforeCycle, 31)])!;

        Assert.Equal(4, Assert.Single(trend.Quarters).Change);
    }

    [Fact]
    public void Best_Decrease_PicksTheLargestFall()
    {
        var trend = MetricTrend.From(WeeklyHistory("churn", 2.0, -0.2, -0.5, 0.1, -0.3))!;

        Assert.Equal(-0.5, trend.Best(MetricDirection.Decrease), 3);
        Assert.Equal(0.1, trend.Best(MetricDirection.Increase), 3);
        Assert.Equal(-0.225, trend.Mean, 3);
    }
}

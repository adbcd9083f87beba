using Throughline.Core.Model;
using Throughline.Core.Progress;

namespace Throughline.Core.Tests.Progress;

public sealed class ForecasterTests
{
    private static List<double> Line(double start, double step, int weeks, double wobble = 0) =>
        [.. Enumerable.Range(1, weeks).Select(w => start + step * w + (w % 2 == 0 ? wobble : -wobble))];

    [Fact]
    public void Straight_line_well_past_the_target_is_a_near_certain_hit()
    {
        var forecast = Forecaster.Project(new ForecastInput(MetricDirection.Increase, 100, 120, Line(100, 4, 7, 0.5), 6, []))!;
        Assert.InRange(forecast.ProjectedEnd, 140, 152);
        Assert.True(forecast.Probability > 0.99, $"P = {forecast.Probability}");
        Assert.True(forecast.Low < forecast.ProjectedEnd && forecast.ProjectedEnd < forecast.High);
    }

    [Fact]
    public void Damping_pulls_a_short_series_below_the_undamped_line()
    {
        var forecast = Forecaster.Project(new ForecastInput(MetricDirection.Increase, 100, 152, Line(100, 4, 7), 6, []))!;
        // Undamped: 128 + 6 x 4 = 152. Damped by 7 / 10 over the remaining weeks: 128 + 0.7 x 24 = 144.8.
        Assert.Equal(144.8, forecast.ProjectedEnd, 6);
        Assert.InRange(forecast.Probability, 0.05, 0.5);
    }

    [Fact]
    public void Flat_series_far_from_the_target_is_a_near_certain_miss()
    {
        var forecast = Forecaster.Project(new ForecastInput(MetricDirection.Decrease, 2.6, 1.5, [2.6, 2.5, 2.6, 2.7, 2.6, 2.6, 2.5], 6, []))!;
        Assert.InRange(forecast.ProjectedEnd, 2.4, 2.7);
        Assert.True(forecast.Probability < 0.01, $"P = {forecast.Probability}");
    }

    [Fact]
    public void Noisy_history_widens_the_band()
    {
        var checkIns = Line(50, 1, 7, 0.2);
        var quiet = Forecaster.Project(new ForecastInput(MetricDirection.Increase, 50, 62, checkIns, 6, []))!;
        var noisyHistory = Enumerable.Range(0, 40).Select(i => 50 + (i % 5 - 2) * 3.0).ToList();
        var noisy = Forecaster.Project(new ForecastInput(MetricDirection.Increase, 50, 62, checkIns, 6, noisyHistory))!;
        Assert.True(noisy.High - noisy.Low > 2 * (quiet.High - quiet.Low), $"{quiet.Low}..{quiet.High} vs {noisy.Low}..{noisy.High}");
        Assert.True(noisy.UsedHistory);
        Assert.False(quiet.UsedHistory);
    }

    [Fact]
    public void Guardrail_ignores_one_outlier_week()
    {
        var forecast = Forecaster.Project(new ForecastInput(MetricDirection.Increase, null, 99.95, [99.97, 99.98, 99.96, 99.99, 99.78, 99.97, 99.98], 6, [], FollowTrend: false))!;
        Assert.Equal(99.97, forecast.ProjectedEnd, 6);
        Assert.True(forecast.Probability > 0.6, $"P = {forecast.Probability}");
    }

    [Fact]
    public void Same_weeks_last_year_move_the_forecast_when_the_swing_is_seasonal()
    {
        // 60 weekly values before the cycle; a year before the cycle's end (index 60 + 13 - 1 - 52 = 20) the metric
        // had dipped by 40% (a winter dip) while a year before the current weeks (indexes 8-10) it was at its usual level.
        var history = Enumerable.Range(0, 60).Select(i => i is >= 15 and < 25 ? 600.0 : 1000.0).ToList();
        var checkIns = new List<double> { 1000, 1000, 1000 };
        var seasonal = Forecaster.Project(new ForecastInput(MetricDirection.Increase, 1000, 1000, checkIns, 10, history))!;
        var plain = Forecaster.Project(new ForecastInput(MetricDirection.Increase, 1000, 1000, checkIns, 10, []))!;
        Assert.Equal(1000, plain.ProjectedEnd, 6);
        Assert.True(seasonal.ProjectedEnd < 900, $"end {seasonal.ProjectedEnd}");
    }

    [Fact]
    public void Nothing_to_project_from_gives_no_forecast()
    {
        Assert.Null(Forecaster.Project(new ForecastInput(MetricDirection.Increase, null, 10, [], 13, [])));
    }

    [Fact]
    public void Baseline_only_uses_history_spread()
    {
        var history = Enumerable.Range(0, 30).Select(i => 10 + (i % 2) * 1.0).ToList();
        var forecast = Forecaster.Project(new ForecastInput(MetricDirection.Increase, 10, 10.5, [], 13, history))!;
        Assert.Equal(10, forecast.ProjectedEnd, 6);
        Assert.InRange(forecast.Probability, 0.2, 0.5);
    }
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Rules;

/// <summary>KR009 on hand-built workspaces with weekly metric history.</summary>
public sealed class AmbitionCalibrationRuleTests
{
    private static readonly DateOnly LastBeforeCycle = new(2026, 10, 2);

    /// <summary>Weekly history ending the Friday before the cycle, moving by <paramref name="perQuarter"/> each quarter (spread over its 13 weeks).</summary>
    private static OkrWorkspace WithHistory(KeyResult keyResult, MetricDirection good, double last, params double[] perQuarter)
    {
        var history = new List<MetricObservation>();
        var value = last;
        var date = LastBeforeCycle;
        history.Add(new MetricObservation("deflection", date, value));
        foreach (var change in perQuarter.Reverse())
        {
            for (var week = 0; week < 13; week++)
            {
                value -= change / 13;
                date = date.AddDays(-7);
                history.Add(new MetricObservation("deflection", date, Math.Round(value, 4)));
            }
        }

        return Workspace(Obj("team", "O1", "Customers solve their own problems", keyResult, Good("team", "O1", "KR9"))) with
        {
            Metrics = [new MetricDefinition { Id = "deflection", Name = "Ticket deflection", Synonyms = ["ticket deflection"], MeasureUnit = MeasureUnit.Percent, GoodDirection = good }],
            MetricHistory = history,
        };
    }

    private static KeyResult Deflection(double baseline, double target, MetricDirection direction = MetricDirection.Increase) =>
        Kr("team", "O1", "KR1", $"Ticket deflection from {baseline}% to {target}%") with
        {
            Metric = "ticket deflection",
            MeasureUnit = MeasureUnit.Percent,
            Baseline = baseline,
            Target = target,
            Direction = direction,
        };

    [Fact]
    public void Kr009_BelowTrend_IsSandbagged()
    {
        var finding = Assert.Single(Run(WithHistory(Deflection(31, 32.5), MetricDirection.Increase, 31, 2, 2, 2.6, 2), "KR009"));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("sandbagged: +1.5 pts against a trend of +2.15 pts a quarter (best +2.6 pts)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("+2.6 pts", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("33.15%", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Kr009_FarBeyondBestQuarter_IsUnrealistic()
    {
        var finding = Assert.Single(Run(WithHistory(Deflection(22, 40), MetricDirection.Increase, 22, 0.3, 0.5, 0.2, 0.1), "KR009"));

        Assert.Contains("unrealistic: +18 pts is 36x the best quarter (+0.5 pts)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kr009_BetweenTrendAndTwiceBest_NoFinding() =>
        Assert.Empty(Run(WithHistory(Deflection(31, 34), MetricDirection.Increase, 31, 2, 2, 2.5, 2), "KR009"));

    [Fact]
    public void Kr009_FewerThanFourQuarters_NoFinding() =>
        Assert.Empty(Run(WithHistory(Deflection(31, 31.5), MetricDirection.Increase, 31, 2, 2, 2), "KR009"));

    [Fact]
    public void Kr009_DecreaseMetric_UsesGoodDirection()
    {
        var sandbagged = Deflection(20, 19.5, MetricDirection.Decrease);
        var plausible = Deflection(20, 18, MetricDirection.Decrease);
        var unrealistic = Deflection(20, 10, MetricDirection.Decrease);

        var finding = Assert.Single(Run(WithHistory(sandbagged, MetricDirection.Decrease, 20, -1, -1.5, -1, -0.5), "KR009"));
        Assert.Contains("sandbagged: -0.5 pts against a trend of -1 pts a quarter (best -1.5 pts)", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Run(WithHistory(plausible, MetricDirection.Decrease, 20, -1, -1.5, -1, -0.5), "KR009"));
        Assert.Contains("unrealistic", Assert.Single(Run(WithHistory(unrealistic, MetricDirection.Decrease, 20, -1, -1.5, -1, -0.5), "KR009")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kr009_MaintainOrRat_NoFinding()
    {
        var maintain = Deflection(31, 30) with { Direction = MetricDirection.Maintain };
        var rat = Deflection(31, 31.5) with { IsRat = true, PassThreshold = "30%" };

        Assert.Empty(Run(WithHistory(maintain, MetricDirection.Increase, 31, 2, 2, 2.5, 2), "KR009"));
        Assert.Empty(Run(WithHistory(rat, MetricDirection.Increase, 31, 2, 2, 2.5, 2), "KR009"));
    }
}

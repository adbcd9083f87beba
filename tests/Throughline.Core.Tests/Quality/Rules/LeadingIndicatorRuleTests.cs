using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Rules;

/// <summary>OB005: objectives whose key results are all lagging indicators.</summary>
public sealed class LeadingIndicatorRuleTests
{
    private static KeyResult Churn(string id) =>
        Kr("team", "O1", id, "Reduce customer churn from 2.1% to 1.6% a month") with
        {
            Metric = "customer churn",
            MeasureUnit = MeasureUnit.Percent,
            Direction = MetricDirection.Decrease,
            Baseline = 2.1,
            Target = 1.6,
        };

    private static KeyResult Nrr(string id) =>
        Kr("team", "O1", id, "Raise net revenue retention from 104% to 108%") with
        {
            Metric = "net revenue retention",
            MeasureUnit = MeasureUnit.Percent,
            Direction = MetricDirection.Increase,
            Baseline = 104,
            Target = 108,
        };

    private static KeyResult CommentsPerDashboard(string id) =>
        Kr("team", "O1", id, "Comments per active dashboard from 0.8 to 1.2 a week") with { Metric = "comments per active dashboard", Baseline = 0.8, Target = 1.2 };

    private static IReadOnlyList<Finding> Ob005(params KeyResult[] keyResults) =>
        Run("OB005", Obj("team", "O1", "Customers stay and grow with us", keyResults));

    [Fact]
    public void Ob005_ChurnAndNrr_Fires()
    {
        var finding = Assert.Single(Ob005(Churn("KR1"), Nrr("KR2")));

        Assert.Equal("team/O1", finding.Target.ToString());
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("only lagging key results", finding.Message, StringComparison.Ordinal);
        Assert.Contains("O1-KR1 customer churn rate: lagging", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("O1-KR2 net revenue retention: lagging", finding.Evidence, StringComparison.Ordinal);
        Assert.StartsWith("Add a leading KR", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Ob005_RetentionAndNrr_SuggestsLeadingDrivers()
    {
        var retention = Kr("team", "O1", "KR1", "Raise 90-day customer retention from 82% to 86%") with { Metric = "customer retention", Baseline = 82, Target = 86 };

        var finding = Assert.Single(Ob005(retention, Nrr("KR2")));

        Assert.Contains("Candidates from the knowledge base:", finding.Fix, StringComparison.Ordinal);
        Assert.Contains("activation rate", finding.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("customer churn", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Ob005_UnknownMetricStatedLagging_Fires() =>
        Assert.Single(Ob005(Churn("KR1"), CommentsPerDashboard("KR2") with { Indicator = IndicatorKind.Lagging }));

    [Fact]
    public void Ob005_OneLeadingKr_NoFinding() =>
        Assert.Empty(Ob005(Churn("KR1"), Nrr("KR2"), Good("team", "O1", "KR3")));

    [Fact]
    public void Ob005_LaggingMetricStatedLeading_NoFinding() =>
        Assert.Empty(Ob005(Churn("KR1"), Nrr("KR2") with { Indicator = IndicatorKind.Leading }));

    [Fact]
    public void Ob005_UnknownIndicator_NoFinding() =>
        Assert.Empty(Ob005(Churn("KR1"), CommentsPerDashboard("KR2")));

    [Fact]
    public void Ob005_SingleKr_NoFinding() =>
        Assert.Empty(Ob005(Churn("KR1")));

    [Fact]
    public void Ob005_RatDoesNotCountAsMeasured_NoFinding() =>
        Assert.Empty(Ob005(Churn("KR1"), Nrr("KR2") with { IsRat = true, PassThreshold = "NRR of pilot accounts at 110%" }));
}

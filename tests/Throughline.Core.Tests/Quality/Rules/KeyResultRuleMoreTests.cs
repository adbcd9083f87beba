using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Rules;

/// <summary>The key result rules KR005-KR008 on hand-built workspaces: one case that finds, one that does not.</summary>
public sealed class KeyResultRuleMoreTests
{
    [Fact]
    public void Kr005_NoMeasurementAndNoCatalogueMetric_Warns()
    {
        var kr = Kr("team", "O1", "KR1", "Cut enterprise deals lost to security gaps from 18% to 8%") with { Measurement = new Measurement(), Baseline = 18, Target = 8 };

        var finding = Assert.Single(RunOn("KR005", kr));

        Assert.Contains("data infrastructure that does not exist", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kr005_MeasurementOrCatalogueMetric_NoFinding()
    {
        var measured = Kr("team", "O1", "KR1", "Cut enterprise deals lost to security gaps from 18% to 8%") with { Baseline = 18, Target = 8 };
        var catalogued = measured with { Text = "Grow MQLs from 310 to 420 a week", Metric = "MQLs", Measurement = new Measurement() };
        var workspace = Workspace(Obj("team", "O1", "More of the right teams start with us", catalogued, Good("team", "O1", "KR2"))) with
        {
            Metrics = [new MetricDefinition { Id = "mqls", Name = "Marketing qualified leads", Synonyms = ["MQLs"] }],
        };

        Assert.Empty(RunOn("KR005", measured));
        Assert.Empty(Run(workspace, "KR005"));
    }

    [Fact]
    public void Kr006_PageViews_IsVanityWithNote()
    {
        var kr = Kr("team", "O1", "KR1", "Grow blog page views from 410k to 575k a week") with { Metric = "page views", Baseline = 410_000, Target = 575_000 };

        var finding = Assert.Single(RunOn("KR006", kr));

        Assert.Contains("vanity", finding.Message, StringComparison.Ordinal);
        Assert.Contains(":", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Kr006_ActivationRate_NoFinding() =>
        Assert.Empty(RunOn("KR006", Good("team", "O1", "KR1")));

    [Fact]
    public void Kr007_RatWithoutThreshold_IsError()
    {
        var finding = Assert.Single(RunOn("KR007", Kr("team", "O1", "KR1", "Test a usage-based add-on with 200 accounts") with { IsRat = true }));

        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Kr007_RatWithThreshold_NoFinding() =>
        Assert.Empty(RunOn("KR007", Kr("team", "O1", "KR1", "Test a usage-based add-on with 200 accounts") with { IsRat = true, PassThreshold = "30 of 200 accounts buy it" }));

    [Fact]
    public void Kr008_NoOwnerAnywhere_Warns()
    {
        var objective = Obj("team", "O1", "New teams reach value in their first week", Good("team", "O1", "KR1") with { Owner = null }, Good("team", "O1", "KR2")) with { OwnerPerson = null };

        var finding = Assert.Single(Run("KR008", objective));

        Assert.Equal("team/O1-KR1", finding.Target.ToString());
    }

    [Fact]
    public void Kr008_ObjectiveOwnerCoversKr_NoFinding() =>
        Assert.Empty(RunOn("KR008", Good("team", "O1", "KR1") with { Owner = null }));
}

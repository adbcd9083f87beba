using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Rules;

/// <summary>The key result rules KR001-KR004 on hand-built workspaces: one case that finds, one that does not.</summary>
public sealed class KeyResultRuleTests
{
    [Fact]
    public void Kr001_ShipKeyResult_IsOutputWarningQuotingTheText()
    {
        var findings = RunOn("KR001", Kr("team", "O1", "KR1", "Ship SSO by Nov 30"));

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("\"Ship SSO by Nov 30\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Measure what it changes", finding.Fix, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Evidence));
    }

    [Fact]
    public void Kr001_OutcomeKeyResult_NoFinding() =>
        Assert.Empty(RunOn("KR001", Good("team", "O1", "KR1")));

    [Fact]
    public void Kr002_NoMetricAnywhere_Warns() =>
        Assert.Single(RunOn("KR002", Kr("team", "O1", "KR1", "Finish the quarterly plan")));

    [Fact]
    public void Kr002_RatOrMetricKeyResult_NoFinding()
    {
        Assert.Empty(RunOn("KR002", Good("team", "O1", "KR1")));
        Assert.Empty(RunOn("KR002", Kr("team", "O1", "KR1", "Test whether admins want a wizard") with { IsRat = true, PassThreshold = "60% of 50 admins" }));
    }

    [Fact]
    public void Kr003_MetricWithoutTarget_IsError()
    {
        var finding = Assert.Single(RunOn("KR003", Kr("team", "O1", "KR1", "Improve activation rate") with { Metric = "activation rate" }));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("no target", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kr003_RelativeChangeCountsAsTarget_NoFinding() =>
        Assert.Empty(RunOn("KR003", Kr("team", "O1", "KR1", "Raise activation rate by 20%") with
        {
            Metric = "activation rate",
            Baseline = 30,
            Change = new TargetChange(20, ChangeKind.Percent),
        }));

    [Fact]
    public void Kr004_NoBaseline_FixNamesLastValueBeforeCycleFromHistory()
    {
        var kr = Kr("team", "O1", "KR1", "Grow MQLs to 420 a week") with { Metric = "MQLs", Target = 420, Direction = MetricDirection.Increase };
        var workspace = Workspace(Obj("team", "O1", "More of the right teams start with us", kr, Good("team", "O1", "KR2"))) with
        {
            Metrics = [new MetricDefinition { Id = "mqls", Name = "Marketing qualified leads", Synonyms = ["MQLs"] }],
            MetricHistory =
            [
                new MetricObservation("mqls", new DateOnly(2026, 9, 25), 300),
                new MetricObservation("mqls", new DateOnly(2026, 10, 2), 310),
                new MetricObservation("mqls", new DateOnly(2026, 10, 9), 330),
            ],
        };

        var finding = Assert.Single(Run(workspace, "KR004"));

        Assert.Contains("310", finding.Fix, StringComparison.Ordinal);
        Assert.Contains("2026-10-02", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Kr004_MaintainWithTargetOrBaselineZero_NoFinding()
    {
        var maintain = Kr("team", "O1", "KR1", "Keep API uptime at or above 99.95%") with
        {
            Metric = "uptime",
            Target = 99.95,
            Direction = MetricDirection.Maintain,
            Bound = TargetBound.AtLeast,
        };
        var zero = Kr("team", "O1", "KR1", "New ARR from $0 to $2.6M") with { Metric = "new ARR", Baseline = 0, Target = 2_600_000 };

        Assert.Empty(RunOn("KR004", maintain));
        Assert.Empty(RunOn("KR004", zero));
    }
}

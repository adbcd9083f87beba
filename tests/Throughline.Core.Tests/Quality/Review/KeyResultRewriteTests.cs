using Throughline.Core.Model;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rewrites;
using static Throughline.Core.Tests.Quality.Review.ReviewKit;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Review;

/// <summary>The outcome rewrites the review proposes for key results that are not measured outcomes.</summary>
public sealed class KeyResultRewriteTests
{
    private const string NoMetricTitle = "Analysts answer their own questions";

    private static KeyResultReview RewriteUnder(string objectiveTitle, KeyResult keyResult) =>
        ReviewOf(WithActivationHistory(Obj("team", "O1", objectiveTitle, keyResult, Retention("team", "O1", "KR2"))), "team/O1-KR1");

    [Fact]
    public void Rewrite_LaunchDashboard_MeasuresAdoptionWithBaselineNeeded()
    {
        var review = RewriteUnder(NoMetricTitle, Kr("team", "O1", "KR1", "Launch new analytics dashboard"));

        var rewrite = Assert.IsType<KeyResultRewrite>(review.Rewrite);
        Assert.StartsWith("Increase weekly active users of analytics dashboard", rewrite.Text, StringComparison.Ordinal);
        Assert.Contains("<baseline>", rewrite.Text, StringComparison.Ordinal);
        Assert.EndsWith("by 2027-01-03", rewrite.Text, StringComparison.Ordinal);
        Assert.Null(rewrite.Baseline);
        Assert.Null(rewrite.Target);
        Assert.Equal(MetricDirection.Increase, rewrite.Direction);
        Assert.Equal(new DateOnly(2027, 1, 3), rewrite.Deadline);
        Assert.StartsWith("baseline needed: ", rewrite.BaselineNeeded, StringComparison.Ordinal);
        Assert.Contains("2026-10-05", rewrite.BaselineNeeded, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_OutputUnderObjectiveNamingCatalogueMetric_CalibratesFromHistory()
    {
        var review = RewriteUnder("Lift activation rate for new workspaces", Kr("team", "O1", "KR1", "Launch the in-app product tour"));

        var rewrite = Assert.IsType<KeyResultRewrite>(review.Rewrite);
        Assert.Equal("Activation rate", rewrite.Metric);
        Assert.Equal(31, rewrite.Baseline);
        Assert.Null(rewrite.BaselineNeeded);

        // History rose +2, +2, +2.5, +2 points a quarter: trend +2.125, best +2.5, and the cycle is one quarter long.
        Assert.NotNull(rewrite.Target);
        Assert.InRange(rewrite.Target.Value, 31 + 2.125, 31 + 2.5);
        Assert.Equal(33.3, rewrite.Target.Value, 1);
        Assert.Equal("Increase Activation rate from 31% to 33.3% by 2027-01-03", rewrite.Text);
        Assert.Contains("last value before the cycle (2026-10-02)", rewrite.Basis, StringComparison.Ordinal);
        Assert.Contains("midway between the quarterly trend", rewrite.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_OutcomeWithoutBaseline_FillsBaselineFromHistoryAndKeepsTarget()
    {
        var noBaseline = Kr("team", "O1", "KR1", "Increase week-1 activation rate to 36%") with
        {
            Metric = "activation rate",
            MeasureUnit = MeasureUnit.Percent,
            Direction = MetricDirection.Increase,
            Target = 36,
        };

        var rewrite = Assert.IsType<KeyResultRewrite>(RewriteUnder(NoMetricTitle, noBaseline).Rewrite);

        Assert.Equal(31, rewrite.Baseline);
        Assert.Equal(36, rewrite.Target);
        Assert.Contains("from 31% to 36%", rewrite.Text, StringComparison.Ordinal);
        Assert.Contains("target as stated", rewrite.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_CompleteOutcome_None() =>
        Assert.Null(RewriteUnder(NoMetricTitle, ActivationKr("team", "O1", "KR1", 31, 34)).Rewrite);

    [Fact]
    public void Rewrite_Rat_None()
    {
        var rat = Kr("team", "O1", "KR1", "Launch a paid audit-log export pilot with 12 admins") with { IsRat = true, PassThreshold = "5 of 12 admins pay" };

        Assert.Null(RewriteUnder(NoMetricTitle, rat).Rewrite);
    }

    [Theory]
    [InlineData("Audit-log export available to all enterprise tenants", "Audit-log export")]
    [InlineData("Ship SSO (SAML, Okta + Azure AD) by Nov 30", "SSO")]
    [InlineData("Launch the new analytics dashboard by June", "analytics dashboard")]
    public void Rewrite_Deliverable_NamesWhatWasShipped(string text, string deliverable)
    {
        var rewrite = Assert.IsType<KeyResultRewrite>(RewriteUnder(NoMetricTitle, Kr("team", "O1", "KR1", text)).Rewrite);

        Assert.Equal($"weekly active users of {deliverable}", rewrite.Metric);
        Assert.StartsWith($"Increase weekly active users of {deliverable} from <baseline> to <target>", rewrite.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_DeliverableBeforeMultiWordState_NamesWhatWasShipped()
    {
        var rewrite = Assert.IsType<KeyResultRewrite>(RewriteUnder(NoMetricTitle, Kr("team", "O1", "KR1", "Scheduled PDF reports are live for all workspaces")).Rewrite);

        Assert.Equal("weekly active users of Scheduled PDF reports", rewrite.Metric);
    }

    [Fact]
    public void Rewrite_OutputUnderDecreaseMetric_ReducesWithinHistoryRange()
    {
        var churn = new MetricDefinition
        {
            Id = "smb_churn",
            Name = "SMB logo churn",
            Synonyms = ["smb churn", "logo churn"],
            MeasureUnit = MeasureUnit.Percent,
            GoodDirection = MetricDirection.Decrease,
        };
        var objective = Obj("team", "O1", "Cut SMB logo churn", Kr("team", "O1", "KR1", "Launch the cancellation save flow"), Retention("team", "O1", "KR2"));
        var workspace = Workspace(objective) with { Metrics = [churn], MetricHistory = WeeklyHistory("smb_churn", 3.0, -0.2, -0.4, 0.1, -0.3) };

        var rewrite = Assert.IsType<KeyResultRewrite>(ReviewOf(workspace, "team/O1-KR1").Rewrite);

        // Trend -0.2 a quarter, best quarter -0.4: the target is midway, 3.0 - 0.3.
        Assert.Equal(MetricDirection.Decrease, rewrite.Direction);
        Assert.Equal(3.0, rewrite.Baseline);
        Assert.Equal(2.7, rewrite.Target!.Value, 3);
        Assert.Equal("Reduce SMB logo churn from 3% to 2.7% by 2027-01-03", rewrite.Text);
    }

    [Fact]
    public void Rewrite_ActivityDeliverable_MeasuresAttributedSignups()
    {
        var rewrite = Assert.IsType<KeyResultRewrite>(RewriteUnder(NoMetricTitle, Kr("team", "O1", "KR1", "Run 6 reporting webinars for admins")).Rewrite);

        Assert.Equal("activated sign-ups attributed to reporting webinars", rewrite.Metric);
    }

    [Fact]
    public void Rewrite_KrWithOwnDeadline_KeepsIt()
    {
        var ship = Kr("team", "O1", "KR1", "Ship SSO (SAML, Okta + Azure AD) by Nov 30") with { Deadline = new DateOnly(2026, 11, 30) };

        var rewrite = Assert.IsType<KeyResultRewrite>(RewriteUnder(NoMetricTitle, ship).Rewrite);

        Assert.Equal(new DateOnly(2026, 11, 30), rewrite.Deadline);
        Assert.EndsWith("by 2026-11-30", rewrite.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_OutputWithNothingToGoOn_InheritsSupportedKrMetric()
    {
        var company = Obj("acme", "O1", "New customers succeed in their first month",
            Kr("acme", "O1", "KR1", "Raise net revenue retention from 104% to 108%") with { Metric = "net revenue retention", Baseline = 104, Target = 108, Direction = MetricDirection.Increase }) with
        { Level = ObjectiveLevel.Company };
        var team = Obj("team", "O1", NoMetricTitle, Kr("team", "O1", "KR1", "Weekly check-ins with the top 20 accounts")) with
        { Supports = [new ParentLink { Target = OkrRef.ForKeyResult("acme", "O1", "KR1") }] };

        var rewrite = Assert.IsType<KeyResultRewrite>(ReviewOf(Workspace(company, team), "team/O1-KR1").Rewrite);

        Assert.Equal("net revenue retention", rewrite.Metric);
        Assert.Contains("acme/O1-KR1", rewrite.Basis, StringComparison.Ordinal);
    }
}

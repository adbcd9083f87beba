using Throughline.Core.Model;
using Throughline.Core.Quality.Classification;
using static Throughline.Core.Tests.Quality.Review.ReviewKit;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Review;

/// <summary>The 0-100 key result score and its eight factors, through <see cref="Throughline.Core.Quality.Review.QualityReview"/>.</summary>
public sealed class KeyResultScoreTests
{
    private static OkrWorkspace Around(KeyResult keyResult) =>
        WithActivationHistory(Obj("team", "O1", "New workspaces reach value in their first week", keyResult, Retention("team", "O1", "KR2")));

    [Fact]
    public void Score_CompleteCalibratedOutcome_Is100WithEveryFactorAtMax()
    {
        var review = ReviewOf(Around(ActivationKr("team", "O1", "KR1", 31, 34) with { Deadline = new DateOnly(2026, 12, 18) }), "team/O1-KR1");

        Assert.Equal(KrKind.Outcome, review.Classification.Kind);
        Assert.Equal("activation", review.Metric?.Id);
        Assert.Equal(100, review.Score.Value);
        Assert.All(review.Score.Factors, f => Assert.True(f.Points == f.Max, $"{f.Name}: {f.Points}/{f.Max} ({f.Reason})"));
        Assert.Equal(["outcome", "metric", "target", "baseline", "time bound", "measurement", "ambition", "owner"], review.Score.Factors.Select(f => f.Name));
        Assert.Contains("history supports", Factor(review.Score, "ambition").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OutputKr_ScoresLowWithoutOutcomeOrMetric()
    {
        var ship = Kr("team", "O1", "KR1", "Ship SSO (SAML, Okta + Azure AD) by Nov 30") with { Deadline = new DateOnly(2026, 11, 30) };

        var review = ReviewOf(Around(ship), "team/O1-KR1");

        Assert.Equal(KrKind.Output, review.Classification.Kind);
        Assert.True(review.Score.Value <= 30, $"an output KR scored {review.Score.Value}");
        Assert.Equal(0, Factor(review.Score, "outcome").Points);
        Assert.Contains("KR001", Factor(review.Score, "outcome").Reason, StringComparison.Ordinal);
        Assert.Equal(0, Factor(review.Score, "metric").Points);
        Assert.Contains("KR002", Factor(review.Score, "metric").Reason, StringComparison.Ordinal);
        Assert.Equal(0, Factor(review.Score, "target").Points);
        Assert.Equal(0, Factor(review.Score, "baseline").Points);
        Assert.Contains(review.Findings, f => f.RuleId == "KR001");
    }

    public static TheoryData<KeyResult> Assorted => new()
    {
        ActivationKr("team", "O1", "KR1", 31, 34),
        ActivationKr("team", "O1", "KR1", 31, 32) with { Owner = null },
        Kr("team", "O1", "KR1", "Launch the new analytics dashboard") with { Measurement = new Measurement() },
        Kr("team", "O1", "KR1", "Grow weekly active teams to 1,800") with { Metric = "weekly active teams", Target = 1800 },
        Kr("team", "O1", "KR1", "Reduce customer churn from 2.1% to 1.6% a month") with { Metric = "customer churn", Baseline = 2.1, Target = 1.6, Direction = MetricDirection.Decrease, MeasureUnit = MeasureUnit.Percent },
        Kr("team", "O1", "KR1", "Launch self-serve SSO setup and lift activation rate to 36%") with { Metric = "activation rate", Target = 36 },
        Kr("team", "O1", "KR1", "Test whether admins pay for audit-log export") with { IsRat = true },
    };

    [Theory]
    [MemberData(nameof(Assorted))]
    public void Score_AnyKr_FactorsSumToValueWithin100(KeyResult keyResult)
    {
        var score = ReviewOf(Around(keyResult), "team/O1-KR1").Score;

        Assert.Equal(score.Factors.Sum(f => f.Points), score.Value);
        Assert.Equal(100, score.Factors.Sum(f => f.Max));
        Assert.All(score.Factors, f => Assert.InRange(f.Points, 0, f.Max));
        Assert.All(score.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
    }

    [Fact]
    public void Score_DeadlineAfterCycleEnd_LosesTimeBound()
    {
        var late = ActivationKr("team", "O1", "KR1", 31, 34) with { Deadline = new DateOnly(2027, 2, 15) };

        var review = ReviewOf(Around(late), "team/O1-KR1");

        var timeBound = Factor(review.Score, "time bound");
        Assert.Equal(0, timeBound.Points);
        Assert.Contains("2027-02-15 is after the cycle ends (2027-01-03)", timeBound.Reason, StringComparison.Ordinal);
        Assert.Equal(90, review.Score.Value);
    }

    [Fact]
    public void Score_NoDeadline_BoundedByCycleEnd()
    {
        var timeBound = Factor(ReviewOf(Around(ActivationKr("team", "O1", "KR1", 31, 34)), "team/O1-KR1").Score, "time bound");

        Assert.Equal(10, timeBound.Points);
        Assert.Contains("2027-01-03", timeBound.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SandbaggedTarget_LosesAmbition()
    {
        var review = ReviewOf(Around(ActivationKr("team", "O1", "KR1", 31, 31.5)), "team/O1-KR1");

        Assert.Contains(review.Findings, f => f.RuleId == "KR009");
        var ambition = Factor(review.Score, "ambition");
        Assert.Equal(0, ambition.Points);
        Assert.Contains("KR009", ambition.Reason, StringComparison.Ordinal);
        Assert.Equal(90, review.Score.Value);
    }

    [Fact]
    public void Score_MetricWithoutHistory_GetsHalfTheAmbition()
    {
        var workspace = Workspace(Obj("team", "O1", "New workspaces reach value in their first week", ActivationKr("team", "O1", "KR1", 31, 34), Retention("team", "O1", "KR2")));

        var ambition = Factor(ReviewOf(workspace, "team/O1-KR1").Score, "ambition");

        Assert.Equal(5, ambition.Points);
        Assert.Contains("no quarterly history", ambition.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoTarget_GetsNoCalibratedAmbition()
    {
        var noTarget = Kr("team", "O1", "KR1", "Improve week-1 activation rate") with { Metric = "activation rate" };

        var review = ReviewOf(Around(noTarget), "team/O1-KR1");

        Assert.Contains(review.Findings, f => f.RuleId == "KR003");
        var ambition = Factor(review.Score, "ambition");
        Assert.True(ambition.Points < 10, $"ambition {ambition.Points}/10: {ambition.Reason}");
        Assert.DoesNotContain("target is within the range", ambition.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RatWithThreshold_GetsOutcomeAndTarget()
    {
        var rat = Kr("team", "O1", "KR1", "Test whether admins will pay for audit-log export: 12 customer interviews") with
        {
            IsRat = true,
            PassThreshold = "at least 5 of 12 admins commit to a paid pilot",
        };

        var score = ReviewOf(Around(rat), "team/O1-KR1").Score;

        Assert.Equal(25, Factor(score, "outcome").Points);
        Assert.Equal(15, Factor(score, "target").Points);
        Assert.Contains("at least 5 of 12", Factor(score, "target").Reason, StringComparison.Ordinal);
        Assert.Equal(10, Factor(score, "baseline").Points);
    }

    [Fact]
    public void Score_RatWithoutThreshold_GetsNoTargetPoints()
    {
        var rat = Kr("team", "O1", "KR1", "Test whether admins will pay for audit-log export: 12 customer interviews") with { IsRat = true };

        var review = ReviewOf(Around(rat), "team/O1-KR1");

        Assert.Contains(review.Findings, f => f.RuleId == "KR007");
        Assert.Equal(25, Factor(review.Score, "outcome").Points);
        Assert.Equal(0, Factor(review.Score, "target").Points);
        Assert.Contains("KR007", Factor(review.Score, "target").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoOwnerAnywhere_LosesOwner()
    {
        var objective = Obj("team", "O1", "New workspaces reach value in their first week", ActivationKr("team", "O1", "KR1", 31, 34) with { Owner = null }, Retention("team", "O1", "KR2")) with { OwnerPerson = null };

        var owner = Factor(ReviewOf(WithActivationHistory(objective), "team/O1-KR1").Score, "owner");

        Assert.Equal(0, owner.Points);
        Assert.Contains("KR008", owner.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OwnerOnlyOnObjective_KeepsOwner()
    {
        var owner = Factor(ReviewOf(Around(ActivationKr("team", "O1", "KR1", 31, 34) with { Owner = null }), "team/O1-KR1").Score, "owner");

        Assert.Equal(5, owner.Points);
        Assert.Contains("Bo", owner.Reason, StringComparison.Ordinal);
    }
}

using Throughline.Core.Model;
using static Throughline.Core.Tests.Quality.Review.ReviewKit;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Review;

/// <summary>The objective score: 60 points from its key results' mean, 40 from its own shape.</summary>
public sealed class ObjectiveScoreTests
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

    [Fact]
    public void Score_WellShapedObjective_IsSixtyPercentOfKrMeanPlusAllOwnFactors()
    {
        var objective = Obj("team", "O1", "New workspaces reach value in their first week",
            ActivationKr("team", "O1", "KR1", 31, 34), Kr("team", "O1", "KR2", "Launch the in-app product tour"));

        var review = ObjectiveOf(WithActivationHistory(objective), "team/O1");

        var mean = review.KeyResults.Average(k => k.Score.Value);
        Assert.True(mean < 100, "the output KR should pull the mean down");
        var krPoints = Factor(review.Score, "key results");
        Assert.Equal((int)Math.Round(mean * 0.6, MidpointRounding.AwayFromZero), krPoints.Points);
        Assert.Equal(60, krPoints.Max);
        Assert.All(review.Score.Factors.Where(f => f.Name != "key results"), f => Assert.True(f.Points == f.Max, $"{f.Name}: {f.Reason}"));
        Assert.Equal(krPoints.Points + 40, review.Score.Value);
        Assert.Equal(review.Score.Factors.Sum(f => f.Points), review.Score.Value);
    }

    [Fact]
    public void Score_ProjectNameObjective_LosesOutcomeFraming()
    {
        var objective = Obj("team", "O1", "Build the new billing system", ActivationKr("team", "O1", "KR1", 31, 34), Retention("team", "O1", "KR2"));

        var review = ObjectiveOf(WithActivationHistory(objective), "team/O1");

        Assert.Contains(review.Findings, f => f.RuleId == "OB001");
        var framing = Factor(review.Score, "outcome framing");
        Assert.Equal(0, framing.Points);
        Assert.Contains("OB001", framing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OnlyLaggingKrs_LosesLeadingIndicator()
    {
        var objective = Obj("team", "O1", "Customers stay and grow with us", Churn("KR1"), Retention("team", "O1", "KR2"));

        var review = ObjectiveOf(Workspace(objective), "team/O1");

        Assert.Contains(review.Findings, f => f.RuleId == "OB005");
        var leading = Factor(review.Score, "leading indicator");
        Assert.Equal(0, leading.Points);
        Assert.Contains("OB005", leading.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_LeadingKrPresent_KeepsLeadingIndicator()
    {
        var objective = Obj("team", "O1", "Customers stay and grow with us", Churn("KR1"), ActivationKr("team", "O1", "KR2", 31, 34));

        var review = ObjectiveOf(WithActivationHistory(objective), "team/O1");

        Assert.Equal(5, Factor(review.Score, "leading indicator").Points);
    }

    [Fact]
    public void Score_NoKeyResults_GetsNoKrPoints()
    {
        var review = ObjectiveOf(Workspace(Obj("team", "O1", "New workspaces reach value in their first week")), "team/O1");

        Assert.Equal(0, Factor(review.Score, "key results").Points);
        Assert.Equal("no key results", Factor(review.Score, "key results").Reason);
        Assert.True(review.Score.Value <= 40);
    }
}

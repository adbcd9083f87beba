using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Classification;
using Throughline.Core.Quality.Review;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Tests.Quality;

/// <summary>The full quality review on the sample workspace: scores, rewrites and connection strengths.</summary>
public sealed class SampleReviewTests
{
    private static readonly Lazy<QualityReport> Report = new(() =>
        QualityReview.Run(WorkspaceLoader.Load(RepoPaths.Acme).Workspace!, KnowledgeBase.BuiltIn));

    [Fact]
    public void Run_Sample_ReviewsTheCurrentCycle()
    {
        Assert.Equal("2026-Q4", Report.Value.Cycle);
        Assert.NotEmpty(Report.Value.Objectives);
        Assert.All(Report.Value.Objectives, o => Assert.Equal("2026-Q4", o.Objective.Cycle));
    }

    [Fact]
    public void Run_Sample_EveryKrHasAScoreMadeOfItsFactors()
    {
        Assert.All(Report.Value.KeyResults, k =>
        {
            Assert.InRange(k.Score.Value, 0, 100);
            Assert.Equal(k.Score.Factors.Sum(f => f.Points), k.Score.Value);
        });
        Assert.All(Report.Value.Objectives, o => Assert.InRange(o.Score.Value, 0, 100));
    }

    [Fact]
    public void Run_Sample_EveryOutputKrHasARewrite()
    {
        var outputs = Report.Value.KeyResults.Where(k => !k.KeyResult.IsRat && k.Findings.Any(f => f.RuleId == "KR001") && k.Classification.Kind == KrKind.Output).ToList();

        Assert.True(outputs.Count >= 5, $"expected the five planted output KRs, found {outputs.Count}");
        Assert.All(outputs, k => Assert.True(k.Rewrite is not null, $"{k.KeyResult.Ref} has no rewrite"));
        Assert.All(outputs, k => Assert.True(k.Score.Value < 60, $"{k.KeyResult.Ref} scored {k.Score.Value}"));
    }

    [Fact]
    public void Run_Sample_RatKrsHaveNoRewrite() =>
        Assert.All(Report.Value.KeyResults.Where(k => k.KeyResult.IsRat), k => Assert.Null(k.Rewrite));

    [Fact]
    public void Run_Sample_ImproveTheProductHasNoLineOfSight()
    {
        var review = Report.Value.Objectives.Single(o => o.Objective.Title == "Improve the product");

        var connection = Assert.Single(review.Connections);
        Assert.Equal("acme/O1", connection.Parent.ToString());
        Assert.Equal(1, connection.Strength);
    }

    [Fact]
    public void Run_Sample_EveryLinkedTeamObjectiveHasConnectionsOneToFive()
    {
        var linked = Report.Value.Objectives.Where(o => o.Objective.Level != ObjectiveLevel.Company && o.Objective.Supports.Count > 0).ToList();

        Assert.NotEmpty(linked);
        Assert.All(linked, o =>
        {
            Assert.Equal(o.Objective.Supports.Count, o.Connections.Count);
            Assert.All(o.Connections, c => Assert.InRange(c.Strength, 1, 5));
            Assert.All(o.Connections, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
            Assert.Null(o.ConnectionNote);
        });
        Assert.Contains(linked, o => o.ConnectionStrength >= 4);
    }

    [Fact]
    public void Run_Sample_CompanyObjectivesHaveOnlyANote() =>
        Assert.All(Report.Value.Objectives.Where(o => o.Objective.Level == ObjectiveLevel.Company), o =>
        {
            Assert.Empty(o.Connections);
            Assert.NotNull(o.ConnectionNote);
        });
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Drafting;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Workspace.Loading;

namespace Throughline.Cli.Tests.Commands.Draft;

/// <summary>The offline drafting engine on a second example organisation from another domain (restaurant reservations).</summary>
public sealed class TablehopDraftTests
{
    private static readonly Lazy<OkrWorkspace> Tablehop = new(() =>
    {
        var loaded = WorkspaceLoader.Load(Path.Join(RepoPaths.Root, "examples", "tablehop"));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.Workspace!;
    });

    public static TheoryData<string> Units() => [.. Tablehop.Value.Units.Select(u => u.Id)];

    [Theory]
    [MemberData(nameof(Units))]
    public void Draft_EveryTablehopUnit_HasNoErrorLevelFindings(string unit)
    {
        var draft = TeamDrafter.Draft(Tablehop.Value, KnowledgeBase.BuiltIn, unit);

        var review = DraftReview.Run(Tablehop.Value, KnowledgeBase.BuiltIn, draft);

        Assert.DoesNotContain(review.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Draft_GuestSupport_MeasuresItsOwnMetricsAgainstTheCompanyCsatKr()
    {
        var draft = TeamDrafter.Draft(Tablehop.Value, KnowledgeBase.BuiltIn, "guest-support");

        var objective = Assert.Single(draft.Objectives);
        Assert.Equal("tablehop/O2", objective.CompanyObjective?.ToString());
        Assert.Equal(["support_csat", "first_response_hours"], objective.KeyResults.Select(k => k.KeyResult.Metric));
        Assert.All(objective.KeyResults, k => Assert.True(k.Measurable));
        Assert.Equal("tablehop/O1", Assert.Single(draft.NoLineOfSight).CompanyObjective.ToString());
    }

    [Fact]
    public void Draft_QuarterToDateMetric_StartsAtZeroAndAimsAtAPastQuarterTotal()
    {
        var draft = TeamDrafter.Draft(Tablehop.Value, KnowledgeBase.BuiltIn, "restaurant-sales");

        var kr = draft.Objectives.SelectMany(o => o.KeyResults).Single(k => k.KeyResult.Metric == "new_restaurants");
        Assert.Equal(0, kr.KeyResult.Baseline);
        Assert.InRange(kr.KeyResult.Target!.Value, 650, 760);
        Assert.Contains("p75 of", kr.Calibration, StringComparison.Ordinal);
    }
}

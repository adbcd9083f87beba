using Throughline.Core.Alignment;
using Throughline.Core.Diagnostics;
using Throughline.Core.Drafting;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Workspace.Loading;

namespace Throughline.Cli.Tests.Commands.Draft;

/// <summary>The offline drafting engine on the acme example workspace: every unit's draft passes the quality review.</summary>
public sealed class AcmeDraftTests
{
    private static readonly Lazy<OkrWorkspace> Acme = new(() => WorkspaceLoader.Load(RepoPaths.Acme).Workspace!);

    public static TheoryData<string> Units() => [.. Acme.Value.Units.Select(u => u.Id)];

    [Theory]
    [MemberData(nameof(Units))]
    public void Draft_EveryAcmeUnit_HasNoErrorLevelFindings(string unit)
    {
        var draft = TeamDrafter.Draft(Acme.Value, KnowledgeBase.BuiltIn, unit);

        var review = DraftReview.Run(Acme.Value, KnowledgeBase.BuiltIn, draft);

        Assert.DoesNotContain(review.Findings, f => f.Severity == Severity.Error);
        Assert.All(draft.Objectives, o => Assert.InRange(o.KeyResults.Count, 1, 3));
        Assert.All(draft.Objectives.SelectMany(o => o.KeyResults), k => Assert.NotNull(k.KeyResult.EffectiveTarget ?? k.KeyResult.Change?.Amount));
    }

    [Fact]
    public void Draft_Onboarding_MeasuresActivationAndItsDriversWithHistoryBaselines()
    {
        var draft = TeamDrafter.Draft(Acme.Value, KnowledgeBase.BuiltIn, "onboarding");

        var objective = Assert.Single(draft.Objectives);
        Assert.Equal("acme/O1", objective.CompanyObjective?.ToString());
        Assert.Equal(["activation_rate", "onboarding_completion", "time_to_first_dashboard"], objective.KeyResults.Select(k => k.KeyResult.Metric));
        var activation = objective.KeyResults[0];
        Assert.Equal(MetricRelation.Same, activation.Relation);
        Assert.Equal("acme/O1-KR2", activation.Supports?.ToString());
        Assert.Equal(34, activation.KeyResult.Baseline);
        Assert.True(activation.KeyResult.Target > 34);
        Assert.Matches(@"target is p\d+ of 8 quarterly changes", activation.Calibration);
        Assert.True(activation.Measurable);
        Assert.Equal(Core.Quality.Classification.KrKind.Outcome, activation.Kind);
        var ttfd = objective.KeyResults[2];
        Assert.Equal(MetricDirection.Decrease, ttfd.KeyResult.Direction);
        Assert.True(ttfd.KeyResult.Target < ttfd.KeyResult.Baseline);
        Assert.Equal(MetricRelation.Driver, ttfd.Relation);
    }

    [Fact]
    public void Draft_DataPlatform_ReportsNoLineOfSightToSelfServeWithTheSeedsImplication()
    {
        var draft = TeamDrafter.Draft(Acme.Value, KnowledgeBase.BuiltIn, "data-platform");

        var gap = Assert.Single(draft.NoLineOfSight);
        Assert.Equal("acme/O1", gap.CompanyObjective.ToString());
        Assert.Contains("either the strategy needs work", gap.Implication, StringComparison.Ordinal);
        Assert.Contains("Trial-to-paid conversion", gap.Evidence, StringComparison.Ordinal);
        Assert.Contains("Cloud cost per active account", gap.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_UnitReachingNoCompanyObjective_GetsAHealthObjectiveOnItsOwnMetrics()
    {
        var finance = Acme.Value.FindUnit("finance")! with { Area = null };
        var workspace = Acme.Value with { Units = [.. Acme.Value.Units.Select(u => u.Id == "finance" ? finance : u)] };

        var draft = TeamDrafter.Draft(workspace, KnowledgeBase.BuiltIn, "finance");

        var health = Assert.Single(draft.Objectives);
        Assert.Equal(ObjectiveType.Health, health.Objective.Type);
        Assert.True(health.Objective.NeedNotLadderUp);
        Assert.Null(health.CompanyObjective);
        Assert.Equal("dso", health.KeyResults[0].KeyResult.Metric);
        Assert.StartsWith("none:", health.KeyResults[0].LineOfSight, StringComparison.Ordinal);
        Assert.Equal(["acme/O1", "acme/O2", "acme/O3"], draft.NoLineOfSight.Select(g => g.CompanyObjective.ToString()));
        Assert.DoesNotContain(DraftReview.Run(workspace, KnowledgeBase.BuiltIn, draft).Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Draft_UnitsWithALineOfSight_ReportNoneWhereNoneExists()
    {
        var growth = TeamDrafter.Draft(Acme.Value, KnowledgeBase.BuiltIn, "growth");
        var customerSuccess = TeamDrafter.Draft(Acme.Value, KnowledgeBase.BuiltIn, "customer-success");

        Assert.Empty(growth.NoLineOfSight);
        Assert.Empty(customerSuccess.NoLineOfSight);
        Assert.Equal("trial_conversion", growth.Objectives[0].KeyResults[0].KeyResult.Metric);
    }

    [Fact]
    public void Draft_DepartmentWithoutLevers_DraftsFromItsTeamsLevers()
    {
        var draft = TeamDrafter.Draft(Acme.Value, KnowledgeBase.BuiltIn, "product");

        Assert.Equal(["acme/O1", "acme/O2", "acme/O3"], draft.Objectives.Select(o => o.CompanyObjective?.ToString()));
        Assert.All(draft.Objectives, o => Assert.Equal(ObjectiveLevel.Department, o.Objective.Level));
        Assert.Empty(draft.NoLineOfSight);
        Assert.Contains(draft.Objectives[0].KeyResults, k => k.Lever == "a lever of growth, which reports to product");
        Assert.Equal(["sales"], draft.Dependencies.Select(d => d.OtherUnit));
    }

    [Fact]
    public void Draft_MetricOwnedByAnotherUnit_IsFlaggedAsADependency()
    {
        var draft = TeamDrafter.Draft(Acme.Value, KnowledgeBase.BuiltIn, "reporting");

        var latency = draft.Objectives.SelectMany(o => o.KeyResults).Single(k => k.KeyResult.Metric == "p95_query_latency");
        var flag = Assert.Single(latency.Dependencies);
        Assert.Equal("data-platform", flag.OtherUnit);
        Assert.Equal("metrics.yaml owner of p95_query_latency", flag.Source);
    }

    [Fact]
    public void Draft_TwoCompanyObjectivesReachedByOneMetricEach_GiveOneObjectiveSupportingBoth()
    {
        var draft = TeamDrafter.Draft(Acme.Value, KnowledgeBase.BuiltIn, "reporting");

        var objective = Assert.Single(draft.Objectives);
        Assert.Equal(2, objective.KeyResults.Count);
        Assert.Equal(2, objective.Objective.Supports.Count);
        Assert.Contains("company objectives", objective.Objective.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_UnagreedAskInDependenciesYaml_IsFlagged()
    {
        var draft = TeamDrafter.Draft(Acme.Value, KnowledgeBase.BuiltIn, "enterprise");

        Assert.Contains(draft.Dependencies, d => d.Source == "dependencies.yaml dep-04" && d.OtherUnit == "data-platform");
    }

    [Fact]
    public void Draft_SameWorkspaceTwice_GivesTheSameDraft()
    {
        var first = TeamDrafter.Draft(Acme.Value, KnowledgeBase.BuiltIn, "customer-success");
        var second = TeamDrafter.Draft(WorkspaceLoader.Load(RepoPaths.Acme).Workspace!, KnowledgeBase.BuiltIn, "customer-success");

        Assert.Equal(Texts(first), Texts(second));
        Assert.Equal(first.Notes, second.Notes);
    }

    private static IEnumerable<string> Texts(TeamDraft draft) =>
        draft.Objectives.SelectMany(o => o.KeyResults.Select(k => k.KeyResult.Text).Prepend(o.Objective.Title));
}

using Throughline.Core.Model;
using static Throughline.Core.Tests.Quality.Review.ReviewKit;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Review;

/// <summary>The report as a whole: cycle, order, findings and the per-unit view.</summary>
public sealed class QualityReportTests
{
    private static OkrWorkspace TwoUnits() => WithActivationHistory(
        Obj("growth", "O1", "New workspaces reach value in their first week", ActivationKr("growth", "O1", "KR1", 31, 34), Kr("growth", "O1", "KR2", "Launch the in-app product tour")),
        Obj("billing", "O1", "Build the new billing system", Kr("billing", "O1", "KR1", "Migrate all invoices to Stripe"), Retention("billing", "O1", "KR2")),
        Obj("growth", "O2", "Trials turn into paying teams", Retention("growth", "O2", "KR1")) with { Cycle = "2026-Q3" });

    [Fact]
    public void Run_Workspace_ReviewsTheCurrentCycleInOrder()
    {
        var report = RunReview(TwoUnits());

        Assert.Equal(CycleId, report.Cycle);
        Assert.Equal(["growth/O1", "billing/O1"], report.Objectives.Select(o => o.Objective.Ref.ToString()));
        Assert.Equal(4, report.KeyResults.Count());
    }

    [Fact]
    public void Run_Workspace_SplitsFindingsBetweenObjectivesAndKrs()
    {
        var report = RunReview(TwoUnits());

        var billing = report.Objectives.Single(o => o.Objective.Ref.Scope == "billing");
        Assert.All(billing.Findings, f => Assert.Equal(billing.Objective.Ref, f.Target));
        Assert.Contains(billing.Findings, f => f.RuleId == "OB001");
        Assert.Contains(billing.KeyResults[0].Findings, f => f.RuleId == "KR001");
        Assert.All(report.Objectives.SelectMany(o => o.AllFindings), f => Assert.Contains(f, report.Findings));
    }

    [Fact]
    public void ForUnit_KeepsOnlyThatUnitsObjectivesAndFindings()
    {
        var growth = RunReview(TwoUnits()).ForUnit("growth");

        var objective = Assert.Single(growth.Objectives);
        Assert.Equal("growth/O1", objective.Objective.Ref.ToString());
        Assert.NotEmpty(growth.Findings);
        Assert.All(growth.Findings, f => Assert.Equal("growth", f.Target.Scope));
        Assert.DoesNotContain(growth.Findings, f => f.RuleId == "OB001");
    }
}

using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Roadmap;

namespace Throughline.Core.Tests.Roadmap;

public sealed class RoadmapAuditTests
{
    private const string Cycle = "2026-Q4";

    [Theory]
    [InlineData(new double[] { 3, 4 }, CoverageStatus.Covered)]
    [InlineData(new double[] { 5, 3 }, CoverageStatus.Covered)]
    [InlineData(new double[] { 2, 1 }, CoverageStatus.UnderBacked)]
    [InlineData(new double[] { }, CoverageStatus.Unbacked)]
    public void Run_ExpectedImpactAgainstGap_GivesVerdict(double[] impacts, CoverageStatus expected)
    {
        // Activation 30 -> 37: a gap of 7 points.
        var initiatives = impacts.Select((e, i) => Initiative($"INI-{i}", "growth", 3, ("growth/O1-KR1", e))).ToArray();

        var report = RoadmapAudit.Run(Workspace([Growth()], initiatives), KnowledgeBase.BuiltIn);

        var coverage = report.Coverage.Single(c => c.KeyResult.Ref.ToString() == "growth/O1-KR1");
        Assert.Equal(expected, coverage.Status);
        Assert.Equal(7, coverage.Gap);
        Assert.Equal(impacts.Sum(), coverage.Expected);
    }

    [Fact]
    public void Run_DecreaseKr_CountsNegativeImpactTowardTheGap()
    {
        var latency = Objective("platform", "O1", "Dashboards feel instant", Kr("platform", "O1", "KR1", "Cut p95 query latency from 2400 ms to 1600 ms", "p95 query latency", 2400, 1600, MetricDirection.Decrease));

        var report = RoadmapAudit.Run(Workspace([latency], [Initiative("INI-1", "platform", 5, ("platform/O1-KR1", -450))]), KnowledgeBase.BuiltIn);

        var coverage = Assert.Single(report.Coverage);
        Assert.Equal(CoverageStatus.UnderBacked, coverage.Status);
        Assert.Equal(800, coverage.Gap);
        Assert.Equal(450, coverage.Expected);
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RM002");
        Assert.Contains("56%", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Core.Diagnostics.Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Run_CompanyKrWithBackedSupporter_IsBackedThroughSupport_AndUnsupportedOneIsUnbacked()
    {
        var activation = Kr("acme", "O1", "KR1", "Raise activation from 30% to 37%", "activation rate", 30, 37, MetricDirection.Increase);
        var cost = Kr("acme", "O1", "KR2", "Cut cloud cost per account from $46 to $43", "cloud cost", 46, 43, MetricDirection.Decrease);
        var company = Objective("acme", "O1", "Self-serve grows on value", activation, cost) with { Level = ObjectiveLevel.Company };
        var growth = Growth() with { Supports = [new ParentLink { Target = OkrRef.ForKeyResult("acme", "O1", "KR1") }] };

        var report = RoadmapAudit.Run(Workspace([company, growth], [Initiative("INI-1", "growth", 3, ("growth/O1-KR1", 4))]), KnowledgeBase.BuiltIn);

        Assert.Equal(CoverageStatus.BackedThroughSupport, report.Coverage.Single(c => c.KeyResult.Ref.ToString() == "acme/O1-KR1").Status);
        Assert.Equal(CoverageStatus.Unbacked, report.Coverage.Single(c => c.KeyResult.Ref.ToString() == "acme/O1-KR2").Status);
        Assert.Contains(report.Findings, f => f.RuleId == "RM001" && f.Target == "acme/O1-KR2");
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "RM001" && f.Target == "acme/O1-KR1");
    }

    [Fact]
    public void Run_UnlinkedInitiatives_RelatedOneIsSuggestedAndUnrelatedOneIsOrphan()
    {
        var related = Initiative("INI-1", "growth", 3) with { Title = "Onboarding checklist for new workspaces", Description = "A first-week checklist to raise activation." };
        var unrelated = Initiative("INI-2", "growth", 6) with { Title = "Dark mode", Description = "A dark theme built on the new design tokens." };

        var report = RoadmapAudit.Run(Workspace([Growth()], [related, unrelated]), KnowledgeBase.BuiltIn);

        var suggestion = Assert.Single(report.Suggestions);
        Assert.Equal("INI-1", suggestion.Initiative);
        Assert.Equal("growth/O1-KR1", suggestion.KeyResult.ToString());
        Assert.InRange(suggestion.Score, LinkSuggester.Threshold, 1);
        Assert.Equal(["INI-2"], report.Orphans.Select(o => o.Id));
        Assert.Equal(0, report.LinkedInitiativeShare);
        Assert.Contains(report.Findings, f => f.RuleId == "RM006" && f.Target == "INI-1");
        Assert.Contains(report.Findings, f => f.RuleId == "RM003" && f.Target == "INI-2" && f.Evidence.Contains("6 ew", StringComparison.Ordinal));
        Assert.Equal(CoverageStatus.Unbacked, report.Coverage.Single().Status);
    }

    [Fact]
    public void Run_LowerPriorityObjectiveWithMostEffort_IsMismatch()
    {
        var first = Growth();
        var second = Objective("growth", "O2", "Teams pay for more seats", Kr("growth", "O2", "KR1", "Raise seats per account from 4 to 5", "seats per account", 4, 5, MetricDirection.Increase)) with { Order = 2 };

        var report = RoadmapAudit.Run(
            Workspace([first, second], [Initiative("INI-1", "growth", 2, ("growth/O1-KR1", 7)), Initiative("INI-2", "growth", 12, ("growth/O2-KR1", 1))]),
            KnowledgeBase.BuiltIn);

        var finding = Assert.Single(report.Findings, f => f.RuleId == "RM004");
        Assert.Equal("growth/O2", finding.Target);
        Assert.Contains("86%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Cut_NeverDropsAPrerequisiteOfKeptWork_AndExplainsEachCut()
    {
        var initiatives = new[]
        {
            Initiative("INI-1", "growth", 6, ("growth/O1-KR1", 0.5)),
            Initiative("INI-2", "growth", 2, ("growth/O1-KR1", 6)) with { DependsOn = ["INI-1"] },
            Initiative("INI-3", "growth", 3, ("growth/O1-KR1", 1)),
            Initiative("INI-4", "growth", 2) with { Title = "Dark mode" },
        };

        var report = RoadmapAudit.Run(Workspace([Growth()], initiatives), KnowledgeBase.BuiltIn, cutShare: 0.3);

        var cut = report.Cut!;
        Assert.True(cut.Optimal);
        Assert.True(cut.KeptEffort <= 0.7 * 13 + 1e-9);
        Assert.Equal(["INI-3", "INI-4"], cut.Cuts.Select(c => c.Initiative.Id).Order());
        Assert.All(cut.Cuts, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
        Assert.Contains("moves no key result", cut.Cuts.Single(c => c.Initiative.Id == "INI-4").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CutOfSuggestedButUnconfirmedInitiative_SaysWhichKrWasSuggested()
    {
        var linked = Initiative("INI-1", "growth", 5, ("growth/O1-KR1", 7));
        var suggested = Initiative("INI-2", "growth", 5) with { Title = "Onboarding checklist for new workspaces", Description = "A first-week checklist to raise activation." };

        var report = RoadmapAudit.Run(Workspace([Growth()], [linked, suggested]), KnowledgeBase.BuiltIn, cutShare: 0.5);

        var cut = Assert.Single(report.Cut!.Cuts);
        Assert.Equal("INI-2", cut.Initiative.Id);
        Assert.Contains("suggested: growth/O1-KR1", cut.Reason, StringComparison.Ordinal);
    }

    private static Objective Growth() =>
        Objective("growth", "O1", "New teams reach their first insight in week one", Kr("growth", "O1", "KR1", "Increase week-1 activation from 30% to 37%", "activation rate", 30, 37, MetricDirection.Increase));

    private static Objective Objective(string unit, string id, string title, params KeyResult[] krs) => new()
    {
        Ref = OkrRef.ForObjective(unit, id),
        Title = title,
        Cycle = Cycle,
        Owner = unit,
        KeyResults = krs,
    };

    private static KeyResult Kr(string unit, string objective, string id, string text, string metric, double baseline, double target, MetricDirection direction) => new()
    {
        Ref = OkrRef.ForKeyResult(unit, objective, id),
        Text = text,
        Metric = metric,
        Baseline = baseline,
        Target = target,
        Direction = direction,
    };

    private static Initiative Initiative(string id, string unit, double effort, params (string Kr, double Expected)[] moves) => new()
    {
        Id = id,
        Title = $"Initiative {id}",
        Unit = unit,
        Effort = effort,
        Status = InitiativeStatus.Planned,
        Impacts = [.. moves.Select(m => new KrImpact { KeyResult = OkrRef.TryParse(m.Kr, out var r) ? r : throw new ArgumentException(m.Kr), Expected = m.Expected })],
    };

    private static OkrWorkspace Workspace(IReadOnlyList<Objective> objectives, IReadOnlyList<Initiative> initiatives) => new()
    {
        Organisation = "Test Co",
        CurrentCycle = Cycle,
        Cycles = [new Cycle { Id = Cycle, Start = new DateOnly(2026, 10, 5), End = new DateOnly(2027, 1, 3) }],
        Objectives = objectives,
        Initiatives = initiatives,
    };
}

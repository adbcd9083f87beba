using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Core.Roadmap;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Tests.Roadmap;

/// <summary>The roadmap audit on the sample workspace: every planted roadmap problem (PLANTED.md) is found with its rule, and the negative controls are not flagged.</summary>
public sealed class PlantedRoadmapTests
{
    private static readonly Lazy<RoadmapReport> Sample = new(() =>
        RoadmapAudit.Run(WorkspaceLoader.Load(RepoPaths.Acme).Workspace!, KnowledgeBase.BuiltIn, cutShare: 0.3));

    public static TheoryData<string, string, string> Plants => new()
    {
        { "P20", "RM001", "acme/O3-KR3" },
        { "P41", "RM001", "collaboration/O1-KR1" },
        { "P43", "RM003", "INI-17" },
        { "P43", "RM003", "INI-22" },
        { "P43", "RM003", "INI-37" },
        { "P44", "RM002", "onboarding/O1-KR2" },
        { "P45", "RM004", "collaboration/O2" },
        { "P46", "RM005", "INI-18" },
        { "P46", "RM005", "INI-19" },
        { "P46", "RM005", "INI-23" },
        { "P46", "RM005", "INI-24" },
    };

    [Theory]
    [MemberData(nameof(Plants))]
    public void Run_Sample_FindsPlantedProblem(string plant, string ruleId, string target)
    {
        var found = Sample.Value.Findings.Any(f => f.RuleId == ruleId && f.Target == target);

        Assert.True(found, $"{plant}: expected {ruleId} on {target}; found there: " +
            string.Join(", ", Sample.Value.Findings.Where(f => f.Target == target).Select(f => f.RuleId)));
    }

    [Fact]
    public void Run_Sample_P43OrphansAreExactlyTheThreeWithTwelveEngineerWeeks()
    {
        Assert.Equal(["INI-17", "INI-22", "INI-37"], Sample.Value.Orphans.Select(o => o.Id));
        Assert.Equal(12, Sample.Value.Orphans.Sum(o => o.Effort));
        Assert.Empty(Sample.Value.Suggestions);
    }

    [Fact]
    public void Run_Sample_P44UnderBackedByAboutAThirdWithTheThreeInitiatives()
    {
        var coverage = Sample.Value.Coverage.Single(c => c.KeyResult.Ref.ToString() == "onboarding/O1-KR2");

        Assert.Equal(CoverageStatus.UnderBacked, coverage.Status);
        Assert.Equal(7, coverage.Gap);
        Assert.Equal(2.5, coverage.Expected, 6);
        Assert.Equal(["INI-07", "INI-08", "INI-23"], coverage.Links.Select(l => l.Initiative));
        var finding = Sample.Value.Findings.Single(f => f.RuleId == "RM002" && f.Target == "onboarding/O1-KR2");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("36%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Sample_P45NamesBothObjectivesWithTheirEffort()
    {
        var finding = Sample.Value.Findings.Single(f => f.RuleId == "RM004");

        Assert.Equal("collaboration/O2", finding.Target);
        Assert.Contains("24 ew", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("collaboration/O1", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("3 ew", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Sample_CompanyObjectivesGetTheEffortOfTheObjectivesSupportingThem()
    {
        var company = Sample.Value.Allocations.Where(a => a.Unit == "acme").ToDictionary(a => a.Objective.Ref.ToString());

        Assert.Equal(["acme/O1", "acme/O2", "acme/O3"], company.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, company.Values.Sum(a => a.EffortShare), 6);
        Assert.All(company.Values, a => Assert.True(a.Effort > 0));
        // Retention (acme/O3, third) is backed by collaboration/O1 (3 ew) and customer success (4 ew) and a share of
        // marketing/O2: far less than its priority share.
        Assert.True(company["acme/O3"].EffortShare < company["acme/O3"].ImportanceShare / 2);
    }

    [Fact]
    public void Run_Sample_P20SuggestsDataPlatformAsOwner()
    {
        var missing = Sample.Value.MissingWork.Single(m => m.KeyResult.ToString() == "acme/O3-KR3");

        Assert.Contains("data-platform", missing.Owners);
    }

    [Fact]
    public void Run_Sample_N08CompanyKrsAreBackedThroughTheirTeams()
    {
        string[] companyKrs = ["acme/O1-KR1", "acme/O1-KR2", "acme/O2-KR1", "acme/O2-KR2", "acme/O2-KR3", "acme/O3-KR1", "acme/O3-KR2"];

        foreach (var kr in companyKrs)
        {
            Assert.Equal(CoverageStatus.BackedThroughSupport, Sample.Value.Coverage.Single(c => c.KeyResult.Ref.ToString() == kr).Status);
            Assert.DoesNotContain(Sample.Value.Findings, f => f.Target == kr && f.RuleId == "RM001");
        }
    }

    [Fact]
    public void Run_Sample_N11AndN12_LastCycleAndPlatformInitiativesAreNotOrphans()
    {
        Assert.DoesNotContain(Sample.Value.Initiatives, i => i.Id == "INI-40");
        Assert.DoesNotContain(Sample.Value.Findings, f => f.RuleId == "RM003" && f.Target is "INI-20" or "INI-21" or "INI-23");
    }

    [Fact]
    public void Run_SampleCut30_DropsOrphansKeepsPrerequisitesAndFitsTheBudget()
    {
        var cut = Sample.Value.Cut!;
        var dropped = cut.Cuts.Select(c => c.Initiative.Id).ToHashSet();

        Assert.True(cut.Optimal);
        Assert.True(cut.KeptEffort <= 0.7 * cut.OpenEffort + 1e-9);
        Assert.True(cut.CutEffort >= 0.3 * cut.OpenEffort - 5, "the cut should use most of its room");
        Assert.Subset(dropped, new HashSet<string> { "INI-17", "INI-22", "INI-37" });
        foreach (var kept in Sample.Value.Initiatives.Where(i => CutPlannerOpen(i) && !dropped.Contains(i.Id)))
        {
            Assert.All(kept.DependsOn, p => Assert.DoesNotContain(p, dropped));
        }

        Assert.All(cut.Cuts, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
    }

    private static bool CutPlannerOpen(Core.Model.Initiative i) =>
        i.Status is Core.Model.InitiativeStatus.Planned or Core.Model.InitiativeStatus.InProgress or Core.Model.InitiativeStatus.Blocked;
}

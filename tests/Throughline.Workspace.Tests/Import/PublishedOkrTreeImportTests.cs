using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Knowledge;
using Throughline.Core.Progress;
using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>
/// An OKR tree as some companies publish theirs: a nested numbered list of bold "Owner: objective." lines, each
/// followed by its key results, with links to the epics that track them.
/// </summary>
public sealed class PublishedOkrTreeImportTests
{
    private const string Document = """
        # FY27-Q2 OKRs

        1. **CEO: Grow incremental ACV.** [Epic 123](https://gitlab.example.com/groups/x/-/epics/123)
            1. **CRO: Achieve 105% of net new ARR plan.** Close 40 new logos in EMEA; raise win rate from 22% to 26%
                1. **Sales Development: Generate pipeline.** 1,200 SAOs, up from 950
            1. **CMO: Grow pipeline from marketing.** Increase MQL-to-SAO conversion from 8% to 11%
        1. **CEO: Great team.**
            1. **CPO: Improve engineering productivity.** Raise MR rate from 8 to 10 per engineer per month
            1. **VP People: Reduce regretted attrition below 8%.**
        """;

    private readonly ImportResult _result = ImportDocument(Document, "okrs.md");

    [Fact]
    public void Import_BoldOwnerLines_AreUnitsNestedAsTheListIs_TheCeosBeingTheCompanys()
    {
        Assert.Equal(["company", "cro", "sales-development", "cmo", "cpo", "vp-people"], _result.Units.Select(u => u.Id));
        Assert.Equal(UnitKind.Company, _result.Unit("company").Kind);
        Assert.Equal(("company", "cro", "company"), (_result.Unit("cro").Parent, _result.Unit("sales-development").Parent, _result.Unit("vp-people").Parent));
    }

    [Fact]
    public void Import_BoldObjective_MayHoldNumbersAndEndsWhereTheBoldEnds()
    {
        var cro = _result.Objective("cro/O1");
        Assert.Equal("Achieve 105% of net new ARR plan", cro.Title);
        Assert.Equal(["Close 40 new logos in EMEA", "raise win rate from 22% to 26%"], cro.KeyResults.Select(k => k.Text));
        Assert.Equal("Grow incremental ACV", _result.Objective("company/O1").Title);
        Assert.Equal("Great team", _result.Objective("company/O2").Title);
    }

    [Fact]
    public void Import_NestedLines_SupportTheObjectiveOfTheLineTheyAreNestedIn()
    {
        string? Parent(string objective) => Assert.Single(_result.Objective(objective).Supports).Target.ToString();

        Assert.Equal(("company/O1", "cro/O1", "company/O1"), (Parent("cro/O1"), Parent("sales-development/O1"), Parent("cmo/O1")));
        Assert.Equal(("company/O2", "company/O2"), (Parent("cpo/O1"), Parent("vp-people/O1")));
        Assert.Empty(_result.Objective("company/O1").Supports);
    }

    [Fact]
    public void Import_PublishedTree_NeedsNoLookExceptObjectivesWithoutKeyResults()
    {
        Assert.DoesNotContain(_result.Diagnostics, d => d.Severity >= Severity.Warning);
        Assert.All(_result.Diagnostics.Where(d => d.Code != ImportCodes.NoKeyResults), d => Assert.Fail(d.Message));
        Assert.Equal(UnitKind.GoToMarket, _result.Unit("sales-development").Kind);
    }

    [Fact]
    public void Progress_OfAnImportedTreeWithNoCheckInYet_SaysSoRatherThanBlamingTheCheckIns()
    {
        var cycle = new Cycle { Id = "2026-Q3", Start = new DateOnly(2026, 7, 1), End = new DateOnly(2026, 9, 30) };
        var workspace = new OkrWorkspace { Organisation = "gitlab", CurrentCycle = cycle.Id, Cycles = [cycle], Units = _result.Units, Objectives = _result.Objectives };

        var report = ProgressReview.Run(workspace, KnowledgeBase.BuiltIn, cycle.Id, new DateOnly(2026, 7, 3));

        var sdr = Assert.Single(report.KeyResults, k => k.KeyResult.Ref.ToString() == "sales-development/O1-KR1");
        Assert.Equal((ProgressStatus.Unknown, "PR005"), (sdr.Status, sdr.StatusRule));
        Assert.Contains("no check-in yet this cycle", sdr.StatusReason, StringComparison.Ordinal);
    }
}

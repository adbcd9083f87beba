using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>A Markdown planning doc: company and team headings, objective headings, bullets as key results.</summary>
public sealed class HeadingsAndBulletsImportTests
{
    private const string FileName = "okrs/acme-q3.md";

    private const string Document = """
        # Acme OKRs — Q3 2026

        <!-- Draft for the planning review; owners confirm by Friday -->

        Company objectives are set by the exec team. Team OKRs follow below.

        ## Company

        ### Objective 1: Win the mid-market
        - Grow mid-market ARR from $4.2M to $5.5M by end of Q3
        - Raise net revenue retention from 104% to 110%

        ### O2 — Make the product reliable at scale
        - Keep API uptime at or above 99.9% every week
        - Cut p95 dashboard load time from 3.2 s to 1.5 s

        ---

        ## Growth team

        ### Objective 1: Activate new teams in their first week
        Why: trials convert on value, not on sales pressure
        - Increase week-1 activation from 38% to 45%
        - Cut time to first report from 3 days to 1 day
        - [Onboarding checklist](https://wiki.acme.dev/onboarding) completed by 60% of new workspaces

        ### Objective 2: Turn trials into paying teams
        - Raise trial-to-paid conversion from 9% to 12%
        -

        ## Team: Customer Success

        ### Reduce churn in the first 90 days
        - Cut 90-day logo churn from 8% to 5%
        - Get 80% of new accounts to a kickoff call within 7 days
          - tracked in the CS dashboard

        Initiatives:
        - Launch a health score in Gainsight
        - Hire two onboarding specialists

        ### Objective 3: Hire a head of support
        """;

    private readonly ImportResult _result = ImportDocument(Document, FileName);

    [Fact]
    public void Import_CompanyAndTeamHeadings_BecomeUnitsWithSlugIdsAndKinds()
    {
        Assert.Equal(["acme", "growth", "customer-success"], _result.Units.Select(u => u.Id));
        var acme = _result.Unit("acme");
        Assert.Equal(("Acme", UnitKind.Company, null), (acme.Name, acme.Kind, acme.Parent));
        var growth = _result.Unit("growth");
        Assert.Equal(("Growth", UnitKind.ProductTeam, "acme"), (growth.Name, growth.Kind, growth.Parent));
        var success = _result.Unit("customer-success");
        Assert.Equal(("Customer Success", UnitKind.GoToMarket, "acme"), (success.Name, success.Kind, success.Parent));
        Assert.Equal(new SourceRef(FileName, LineOf(Document, "## Growth team"), 4), growth.Origin);
    }

    [Fact]
    public void Import_ObjectiveHeadings_AreScopedToTheirSectionInOrder()
    {
        Assert.Equal(
            ["acme/O1", "acme/O2", "growth/O1", "growth/O2", "customer-success/O1", "customer-success/O2"],
            _result.Objectives.Select(o => o.Ref.ToString()));
        Assert.Equal(
            ["Win the mid-market", "Make the product reliable at scale", "Activate new teams in their first week", "Turn trials into paying teams", "Reduce churn in the first 90 days", "Hire a head of support"],
            _result.Objectives.Select(o => o.Title));
        Assert.All(_result.Objectives, o => Assert.Equal("2026-Q3", o.Cycle));
        Assert.Equal([ObjectiveLevel.Company, ObjectiveLevel.Company], _result.Objectives.Where(o => o.Owner == "acme").Select(o => o.Level));
        Assert.All(_result.Objectives.Where(o => o.Owner != "acme"), o => Assert.Equal(ObjectiveLevel.Team, o.Level));
        Assert.Equal([1, 2], _result.Objectives.Where(o => o.Owner == "growth").Select(o => o.Order));
    }

    [Fact]
    public void Import_BulletsUnderAnObjective_AreItsKeyResultsVerbatim()
    {
        var activate = _result.Objective("growth/O1");
        Assert.Equal(["growth/O1-KR1", "growth/O1-KR2", "growth/O1-KR3"], activate.Refs());
        Assert.Equal("Increase week-1 activation from 38% to 45%", activate.KeyResults[0].Text);
        Assert.Equal("[Onboarding checklist](https://wiki.acme.dev/onboarding) completed by 60% of new workspaces", activate.KeyResults[2].Text);
        Assert.Equal("Keep API uptime at or above 99.9% every week", _result.KeyResult("acme/O2-KR1").Text);
    }

    [Fact]
    public void Import_EveryObjectiveAndKeyResult_CarriesWhereItWasWritten()
    {
        Assert.Equal(new SourceRef(FileName, LineOf(Document, "### O2 — Make"), 5), _result.Objective("acme/O2").Origin);
        Assert.Equal(new SourceRef(FileName, LineOf(Document, "- Cut time to first report"), 3), _result.KeyResult("growth/O1-KR2").Origin);
        Assert.All(_result.Objectives.SelectMany(o => o.KeyResults), k => Assert.Equal(FileName, k.Origin!.File));
    }

    [Fact]
    public void Import_WhyLineAfterAnObjective_BecomesItsWhy()
    {
        Assert.Equal("trials convert on value, not on sales pressure", _result.Objective("growth/O1").Why);
        Assert.Null(_result.Objective("growth/O2").Why);
    }

    [Fact]
    public void Import_MixedGivenAndMissingIds_RenumbersInOrderAndSaysSo()
    {
        Assert.Equal("Hire a head of support", _result.Objective("customer-success/O2").Title);
        var renumbered = _result.DiagnosticAt(ImportCodes.Renumbered, Document, "### Objective 3: Hire");
        Assert.Equal(Severity.Info, renumbered.Severity);
        Assert.Contains("O3 → O2", renumbered.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NoiseAroundTheOkrs_IsSkippedAndReported()
    {
        Assert.Single(_result.Objective("growth/O2").KeyResults);
        Assert.Equal(2, _result.Objective("customer-success/O1").KeyResults.Count);
        Assert.Equal(Severity.Info, _result.DiagnosticAt(ImportCodes.TextSkipped, Document, "Company objectives are set").Severity);
        Assert.Equal(Severity.Info, _result.DiagnosticAt(ImportCodes.TextSkipped, Document, "tracked in the CS dashboard").Severity);
        var initiatives = _result.DiagnosticAt(ImportCodes.InitiativesSkipped, Document, "Initiatives:");
        Assert.StartsWith("2 initiatives under 'Reduce churn in the first 90 days'", initiatives.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Info, _result.DiagnosticAt(ImportCodes.NoKeyResults, Document, "### Objective 3: Hire").Severity);
        Assert.DoesNotContain(_result.Diagnostics, d => d.Severity != Severity.Info);
    }
}

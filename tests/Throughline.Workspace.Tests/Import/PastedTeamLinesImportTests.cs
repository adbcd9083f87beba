using Throughline.Core.Model;
using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>Plain text pasted from a planning doc: a nested numbered list of "Team: objective. KR; KR" lines.</summary>
public sealed class PastedTeamLinesImportTests
{
    private const string FileName = "pasted.txt";

    private const string Document = """
        Q3 2026 OKRs (from the planning doc)

        1. Company: Win the mid-market. Grow mid-market ARR from $4.2M to $5.5M; raise NRR from 104% to 110%
           1.1 Growth: Activate new teams faster. Raise week-1 activation from 38% to 45%; cut time to first report from 3 days to 1 day
           1.2 Sales: Close more mid-market deals. Win 25 new mid-market logos, up from 18
        2. Platform: Make deploys boring. Cut p95 deploy time from 40 to 15 minutes
        3. Payments: Make checkout effortless. Raise checkout conversion from 61% to 66%; cut payment failures below 1.5%

        Open questions: do we need a shared objective for onboarding?
        """;

    private readonly ImportResult _result = ImportDocument(Document, FileName);

    [Fact]
    public void Import_TeamLines_BecomeUnitsUnderTheCompany()
    {
        Assert.Equal(["company", "growth", "sales", "platform", "payments"], _result.Units.Select(u => u.Id));
        Assert.Equal(UnitKind.Company, _result.Unit("company").Kind);
        Assert.Null(_result.Unit("company").Parent);
        Assert.All(_result.Units.Skip(1), u => Assert.Equal("company", u.Parent));
        Assert.Equal((UnitKind.GoToMarket, UnitKind.PlatformTeam), (_result.Unit("sales").Kind, _result.Unit("platform").Kind));
    }

    [Fact]
    public void Import_TeamLine_GivesOneObjectiveWithItsKeyResults()
    {
        var checkout = _result.Objective("payments/O1");
        Assert.Equal("Make checkout effortless", checkout.Title);
        Assert.Equal(["payments/O1-KR1", "payments/O1-KR2"], checkout.Refs());
        Assert.Equal(["Raise checkout conversion from 61% to 66%", "cut payment failures below 1.5%"], checkout.KeyResults.Select(k => k.Text));
        Assert.Equal(ObjectiveLevel.Company, _result.Objective("company/O1").Level);
        Assert.Equal(ObjectiveLevel.Team, checkout.Level);
    }

    [Fact]
    public void Import_CommaInsideAKeyResult_DoesNotSplitIt()
    {
        Assert.Equal("Win 25 new mid-market logos, up from 18", Assert.Single(_result.Objective("sales/O1").KeyResults).Text);
    }

    [Fact]
    public void Import_InlineKeyResults_PointAtWhereEachStarts()
    {
        var line = LineOf(Document, "3. Payments");
        Assert.Equal(new SourceRef(FileName, line, ColumnOf(Document, "Make checkout effortless")), _result.Objective("payments/O1").Origin);
        Assert.Equal(new SourceRef(FileName, line, ColumnOf(Document, "cut payment failures")), _result.KeyResult("payments/O1-KR2").Origin);
        Assert.Equal(LineOf(Document, "1.1 Growth"), _result.KeyResult("growth/O1-KR2").Origin!.Line);
    }

    [Fact]
    public void Import_TrailingQuestion_IsReportedAsSkippedText()
    {
        var skipped = _result.DiagnosticAt(ImportCodes.TextSkipped, Document, "Open questions");
        Assert.Contains("Open questions", skipped.Message, StringComparison.Ordinal);
        Assert.Single(_result.Diagnostics);
    }

    [Fact]
    public void Import_PasteWithoutBullets_ReadsShortLinesAsObjectivesAndTheLinesUnderThemAsKeyResults()
    {
        const string text = """
            Delight new users
            Raise week-1 retention from 40% to 50%
            Launch the welcome tour
            Cut onboarding drop-off from 35% to 20%

            Make search useful
            Raise search success from 62% to 75%
            """;

        var result = ImportDocument(text, "notes.txt", defaultUnit: "growth");

        Assert.Equal(["Delight new users", "Make search useful"], result.Objectives.Select(o => o.Title));
        Assert.Equal(["growth/O1-KR1", "growth/O1-KR2", "growth/O1-KR3"], result.Objective("growth/O1").Refs());
        Assert.Equal("Launch the welcome tour", result.KeyResult("growth/O1-KR2").Text);
        Assert.Single(result.Objective("growth/O2").KeyResults);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Import_HardWrappedBullet_JoinsTheWrappedLineToItsKeyResult()
    {
        const string text = """
            Objective: Grow self-serve revenue
            - Raise signups from 1,000 to 1,500 per week by the end
              of the quarter, measured in Amplitude
            - Cut CAC from $420 to $350
            """;

        var result = ImportDocument(text, "notes.txt", defaultUnit: "growth");

        Assert.Equal(
            ["Raise signups from 1,000 to 1,500 per week by the end of the quarter, measured in Amplitude", "Cut CAC from $420 to $350"],
            result.Objective("growth/O1").KeyResults.Select(k => k.Text));
    }
}

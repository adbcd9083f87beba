using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>A spreadsheet export: one key result per row, quoted cells with commas and line breaks.</summary>
public sealed class CsvExportImportTests
{
    private const string FileName = "exports/okrs-q3.csv";

    private const string Export = """
        Team,Objective,Key Result,Owner,Start,Goal,Due,Progress
        Growth,Activate new teams in their first week,"Increase week-1 activation from 38% to 45%",Priya Shah,38,45,2026-09-30,0.6
        Growth,Activate new teams in their first week,"Cut time to first report from 3 days to 1 day, measured on new workspaces",Priya Shah,3,1,,0.3
        Growth,"Turn trials into paying teams
        So that revenue follows activation","Raise trial-to-paid conversion
        from 9% to 12%",Leo Park,9,12,2026-09-30,0.5
        Customer Success,Reduce churn in the first 90 days,"Cut 90-day logo churn from 8% to 5%",Dana Kim,8,5,2026-09-30,0.2
        Customer Success,,"Get 80% of new accounts to a kickoff call within 7 days",Dana Kim,,80,,0.1
        """;

    private readonly ImportResult _result = ImportDocument(Export, FileName);

    [Fact]
    public void Import_OneObjectiveUnderTwoTeams_IsOneSharedObjectiveWithBothAsContributors()
    {
        const string export = """
            Department,Objective,Key Result,Baseline,Target,Owner
            Sales,Enterprise buyers clear procurement without stalling,Median security review from 23 to 16 days,23,16,Grace
            Finance,Enterprise buyers clear procurement without stalling.,60% of contracts signed on our paper (from 35%),35,60,Ravi
            Sales,Grow expansion revenue,Expansion ARR from $1.2M to $1.6M,1.2M,1.6M,Omar
            """;

        var result = ImportDocument(export, "okrs.csv");

        var shared = Assert.Single(result.Objectives, o => o.IsShared);
        Assert.Equal(("enterprise-buyers-clear/O1", ObjectiveLevel.Shared, null), (shared.Ref.ToString(), shared.Level, shared.Owner));
        Assert.Equal(["sales", "finance"], shared.Contributors.Select(c => c.Unit));
        Assert.Equal(["enterprise-buyers-clear/O1-KR1", "enterprise-buyers-clear/O1-KR2"], shared.KeyResults.Select(k => k.Ref.ToString()));
        Assert.Equal([["sales"], ["finance"]], shared.KeyResults.Select(k => k.Contributors));
        Assert.Equal(["Grace", "Ravi"], shared.KeyResults.Select(k => k.Owner));
        Assert.Equal(2, result.Objectives.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.SharedObjective && d.Message.Contains("listed under sales and finance", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_TeamsRepeatingTheCompanyObjective_AreNotMergedIntoASharedOne()
    {
        const string export = """
            Team,Objective,Key Result
            Company,Win the mid-market,Grow mid-market ARR from $4M to $6M
            Sales,Win the mid-market,Close 40 new mid-market deals
            Marketing,Win the mid-market,Grow mid-market pipeline from $8M to $12M
            """;

        var result = ImportDocument(export, "okrs.csv");

        Assert.DoesNotContain(result.Objectives, o => o.IsShared);
        Assert.Equal(3, result.Objectives.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportCodes.SharedObjective);
    }

    [Fact]
    public void Import_NotesRowsAndPlaceholderObjectives_AreSkippedAndSaid()
    {
        const string export = """
            Department,Objective,Key Result,Baseline,Target,Owner
            Patient Financial Services,Strengthen financial sustainability,Days in A/R,52,40,T. Nguyen
            Facilities,TBD,,,,
            Notes:,,,,,
            "UDS = HRSA Uniform Data System. Baselines are CY2023 UDS unless noted.",,,,,
            "Open item: Clinical Ops and Quality both own the diabetes objective.",,,,,
            """;

        var result = ImportDocument(export, "okrs.csv");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal("Strengthen financial sustainability", objective.Title);
        Assert.DoesNotContain(result.Units, u => u.Name.StartsWith("Notes", StringComparison.Ordinal) || u.Name.StartsWith("UDS", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("the objective 'TBD' of facilities is a placeholder", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("the notes under 'Notes:' were skipped", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Severity.Warning);
    }

    [Fact]
    public void Import_TeamColumn_ScopesEachRow()
    {
        Assert.Equal(["growth", "customer-success"], _result.Units.Select(u => u.Id));
        Assert.Equal(("Customer Success", UnitKind.GoToMarket), (_result.Unit("customer-success").Name, _result.Unit("customer-success").Kind));
        Assert.Equal(["growth/O1", "growth/O2", "customer-success/O1"], _result.Objectives.Select(o => o.Ref.ToString()));
    }

    [Fact]
    public void Import_RepeatedOrEmptyObjectiveCells_GroupRowsUnderOneObjective()
    {
        Assert.Equal(["growth/O1-KR1", "growth/O1-KR2"], _result.Objective("growth/O1").Refs());
        Assert.Equal(["customer-success/O1-KR1", "customer-success/O1-KR2"], _result.Objective("customer-success/O1").Refs());
    }

    [Fact]
    public void Import_QuotedCellsWithCommasAndLineBreaks_AreReadWhole()
    {
        Assert.Equal("Cut time to first report from 3 days to 1 day, measured on new workspaces", _result.KeyResult("growth/O1-KR2").Text);
        var trials = _result.Objective("growth/O2");
        Assert.Equal("Turn trials into paying teams", trials.Title);
        Assert.Equal("So that revenue follows activation", trials.Why);
        Assert.Equal("Raise trial-to-paid conversion from 9% to 12%", Assert.Single(trials.KeyResults).Text);
    }

    [Fact]
    public void Import_ExplicitColumns_GiveBaselineTargetDeadlineAndOwner()
    {
        var activation = _result.KeyResult("growth/O1-KR1");
        Assert.Equal((38.0, 45.0, new DateOnly(2026, 9, 30), "Priya Shah"), (activation.Baseline, activation.Target, activation.Deadline, activation.Owner));
        var kickoff = _result.KeyResult("customer-success/O1-KR2");
        Assert.Equal((80.0, "Dana Kim"), (kickoff.Target, kickoff.Owner));
    }

    [Fact]
    public void Import_Rows_CarryTheLineTheyStartOn()
    {
        Assert.Equal(LineOf(Export, "Growth,\"Turn trials"), _result.Objective("growth/O2").Origin!.Line);
        Assert.Equal(LineOf(Export, "So that revenue follows activation\",\"Raise"), _result.KeyResult("growth/O2-KR1").Origin!.Line);
        Assert.Equal(LineOf(Export, "Customer Success,,"), _result.KeyResult("customer-success/O1-KR2").Origin!.Line);
        Assert.Equal(FileName, _result.KeyResult("customer-success/O1-KR2").Origin!.File);
    }

    [Fact]
    public void Import_ProgressColumn_IsNotImportedAndSaidOnce()
    {
        Assert.DoesNotContain(_result.Diagnostics, d => d.Severity != Severity.Info);
        var note = Assert.Single(_result.Diagnostics, d => d.Code == ImportCodes.TextSkipped);
        Assert.Contains("progress, not the plan", note.Message, StringComparison.Ordinal);
        Assert.Contains("check-ins", note.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CsvWithoutAKeyResultColumn_IsAnErrorNamingFoundAndExpectedColumns()
    {
        const string export = """
            Objective,Owner,Target
            Delight new users,Ana,5
            """;

        var result = ImportDocument(export, "broken.csv");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MissingColumn, Severity.Error), (error.Code, error.Severity));
        Assert.Equal(new SourceRef("broken.csv", 1, 1), error.Where);
        Assert.Contains("Key Result", error.Message, StringComparison.Ordinal);
        Assert.Contains("found: 'Objective', 'Owner', 'Target'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Objective, Key Result", error.Fix, StringComparison.Ordinal);
        Assert.True(result.HasErrors);
        Assert.Empty(result.Objectives);
    }

    [Fact]
    public void Import_CsvWithoutAnObjectiveColumn_IsAnError()
    {
        var result = ImportDocument("KR,Owner\nRaise NPS from 30 to 40,Ana\n", "krs.csv");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingColumn, error.Code);
        Assert.Contains("no Objective column (found: 'KR', 'Owner')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SemicolonExportWithSeveralKeyResultsInOneCell_SplitsTheCell()
    {
        const string export = """
            objective;key results;team;rationale
            Delight users;"- KR1: Raise NPS from 30 to 40
            - KR2: Cut tickets per 100 users from 9 to 6";Support;"Happy users stay"
            """;

        var result = ImportDocument(export, "support.csv");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal(("support/O1", "Happy users stay"), (objective.Ref.ToString(), objective.Why));
        Assert.Equal(["Raise NPS from 30 to 40", "Cut tickets per 100 users from 9 to 6"], objective.KeyResults.Select(k => k.Text));
        Assert.Equal([2, 3], objective.KeyResults.Select(k => k.Origin!.Line));
    }

    [Fact]
    public void Import_UnknownExtensionWithACsvHeader_IsSniffedAsCsv()
    {
        var result = ImportDocument("Objective,Key Result\nDelight users,Raise NPS from 30 to 40\n", "export.dat", defaultUnit: "growth");

        Assert.Equal(["growth/O1-KR1"], Assert.Single(result.Objectives).Refs());
    }
}

using Throughline.Core.Model;
using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>OKRs kept as a Markdown table: one key result per row, the objective repeated or left blank.</summary>
public sealed class MarkdownTableImportTests
{
    private const string FileName = "payments.md";

    private const string Document = """
        # Payments — Q3 2026 OKRs

        | Objective | Key Result | Owner | Baseline | Target | Score |
        |---|---|---|---|---|---|
        | **O1: Make checkout effortless** | Raise checkout conversion from 61% to 66% | Ana | 61% | 66% | 0.7 |
        | | Cut payment failures below 1.5% | Ben | 2.3% | 1.5% | 0.4 |
        | O1: Make checkout effortless | Support Apple Pay and Google Pay in all EU markets | Ana | | | 1.0 |
        | O2: Get paid faster | Reduce days sales outstanding from 45 to 30 | Chen | 45 | 30 | 0.5 |
        """;

    private readonly ImportResult _result = ImportDocument(Document, FileName);

    [Fact]
    public void Import_ScorecardSummaryAndCarryoverNotes_AreNotObjectives()
    {
        const string scorecard = """
            ## Customer Experience

            | Objective | Key Result | Owner | Q2 Score |
            |---|---|---|---|
            | Support that doesn't make people angry | CSAT 4.1 → 4.5 | Rosa | 0.6 |
            | | P50 first response time in in-app chat under 2 min | Rosa | 1.0 |

            **Average (scored KRs only): 0.68**

            ### Carryovers / notes for Q3 planning

            - Ledger migration carries over as a Platform KR. Lin to re-baseline.
            - Finance owes real numbers for the two "$N" targets before Q3 kickoff.
            """;

        var result = ImportDocument(scorecard, "scores.md");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal(2, objective.KeyResults.Count);
        Assert.Equal(["customer-experience"], result.Units.Select(u => u.Id));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("the section 'Carryovers / notes for Q3 planning' (2 lines)", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_TableUnderATeamTitle_ScopesRowsToThatTeam()
    {
        var unit = Assert.Single(_result.Units);
        Assert.Equal(("payments", "Payments", UnitKind.ProductTeam), (unit.Id, unit.Name, unit.Kind));
        Assert.Equal(["payments/O1", "payments/O2"], _result.Objectives.Select(o => o.Ref.ToString()));
    }

    [Fact]
    public void Import_BlankOrRepeatedObjectiveCell_ContinuesTheObjective()
    {
        var checkout = _result.Objective("payments/O1");
        Assert.Equal("Make checkout effortless", checkout.Title);
        Assert.Equal(
            ["Raise checkout conversion from 61% to 66%", "Cut payment failures below 1.5%", "Support Apple Pay and Google Pay in all EU markets"],
            checkout.KeyResults.Select(k => k.Text));
        Assert.Single(_result.Objective("payments/O2").KeyResults);
    }

    [Fact]
    public void Import_BaselineAndTargetColumns_WinAndTheScoreIsNotATarget()
    {
        var failures = _result.KeyResult("payments/O1-KR2");
        Assert.Equal((2.3, 1.5), (failures.Baseline, failures.Target));
        var wallets = _result.KeyResult("payments/O1-KR3");
        Assert.Null(wallets.Target);
        Assert.Equal((45.0, 30.0), (_result.KeyResult("payments/O2-KR1").Baseline, _result.KeyResult("payments/O2-KR1").Target));
    }

    [Fact]
    public void Import_OwnerColumn_BecomesKeyResultOwner()
    {
        Assert.Equal(["Ana", "Ben", "Ana", "Chen"], _result.Objectives.SelectMany(o => o.KeyResults).Select(k => k.Owner));
    }

    [Fact]
    public void Import_TableRows_CarryTheirLineAndCellColumn()
    {
        Assert.Equal(new SourceRef(FileName, LineOf(Document, "| **O1: Make"), 3), _result.Objective("payments/O1").Origin);
        Assert.Equal(new SourceRef(FileName, LineOf(Document, "| | Cut payment"), 5), _result.KeyResult("payments/O1-KR2").Origin);
    }

    [Fact]
    public void Import_ColumnsInAnyOrderAndCase_AreFoundByName()
    {
        const string text = """
            ## Growth team

            | key results | STATUS | objective | Confidence | goal | owner |
            |:--|:--:|:--|:--:|--:|:--|
            | Raise week-1 activation from 38% to 45% | 🟢 on track | Activate new teams | high | 45% | Priya |
            | Cut time to first report from 3 days to 1 day | 🔴 | | low | 1 | Leo |
            """;

        var result = ImportDocument(text, "growth.md");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal(("growth/O1", "Activate new teams"), (objective.Ref.ToString(), objective.Title));
        Assert.Equal([45.0, 1.0], objective.KeyResults.Select(k => k.Target ?? 0));
        Assert.Equal(["Priya", "Leo"], objective.KeyResults.Select(k => k.Owner));
        Assert.Contains("'STATUS', 'Confidence' report progress", Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.TextSkipped).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_KeyResultTableUnderAnObjectiveHeading_AddsRowsToThatObjective()
    {
        const string text = """
            ### O3: Make search useful

            | KR | Owner | Target |
            |----|-------|--------|
            | Raise search success rate from 62% to 75% | Sam | 75% |
            | Cut zero-result searches from 12% to 5% | Sam | 5% |
            """;

        var result = ImportDocument(text, "search.md", defaultUnit: "search");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal(["search/O3-KR1", "search/O3-KR2"], objective.Refs());
    }

    [Fact]
    public void Import_SeveralKeyResultsInOneCell_AreSplitOnLineBreaks()
    {
        const string text = """
            | Team | Objective | Key results |
            |---|---|---|
            | Support | Customers solve problems themselves | KR1: Raise deflection from 35% to 50%<br>KR2: Raise CSAT from 4.2 to 4.5 |
            """;

        var result = ImportDocument(text, "support.md");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal(["support/O1-KR1", "support/O1-KR2"], objective.Refs());
        Assert.Equal(["Raise deflection from 35% to 50%", "Raise CSAT from 4.2 to 4.5"], objective.KeyResults.Select(k => k.Text));
        Assert.All(objective.KeyResults, k => Assert.Equal(3, k.Origin!.Line));
    }

    [Fact]
    public void Import_TableWithoutOkrColumns_IsSkippedWithAWarning()
    {
        const string text = """
            ### O1: Make search useful
            - Raise search success rate from 62% to 75%

            | Risk | Mitigation |
            |---|---|
            | Index rebuild slips | Start in week 1 |
            """;

        var result = ImportDocument(text, "search.md");

        var warning = result.DiagnosticAt(ImportCodes.Unplaced, text, "| Risk |");
        Assert.Contains("'Risk', 'Mitigation'", warning.Message, StringComparison.Ordinal);
        Assert.Single(result.Objective("company/O1").KeyResults);
    }

    [Fact]
    public void Import_TrackerCells_ReadComparatorsTimeUnitsAndTimesThatDefineTheMeasure()
    {
        const string tracker = """
            # Clinical Ops OKR Tracker (Q3 2025)

            | Objective | Key Result | Owner | Baseline | Target | Q3 score |
            |---|---|---|---|---|---|
            | Patients get care when they need it | Median wait time for urgent-care video visit | L. Ferreira | 38 min | <15 min | 0.6 |
            | | % of visits started within 5 min of scheduled time | L. Ferreira | ~62% | 85% | 0.7 |
            | | Antibiotic prescribing rate for viral URI | M. Chen | 21% | ≤ 10% | 0.8 |
            """;

        var result = ImportDocument(tracker, "clinical.md");

        var keyResults = Assert.Single(result.Objectives).KeyResults;
        Assert.Equal((38.0, 15.0, MeasureUnit.Minutes, MetricDirection.Decrease), (keyResults[0].Baseline!.Value, keyResults[0].Target!.Value, keyResults[0].MeasureUnit, keyResults[0].Direction!.Value));
        Assert.Equal((62.0, 85.0, MetricDirection.Increase), (keyResults[1].Baseline!.Value, keyResults[1].Target!.Value, keyResults[1].Direction!.Value));
        Assert.Equal("share of visits started within 5 min of scheduled time", keyResults[1].Metric);
        Assert.Equal((21.0, 10.0, MetricDirection.Decrease), (keyResults[2].Baseline!.Value, keyResults[2].Target!.Value, keyResults[2].Direction!.Value));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Throughline.Core.Diagnostics.Severity.Warning);
    }
}

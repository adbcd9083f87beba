using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>Exports of OKR tools and hand-kept sheets: typed rows, a title row above the header, totals, dotted dates.</summary>
public sealed class ToolExportImportTests
{
    [Fact]
    public void Import_TypedRowsByTitle_HangKeyResultsUnderTheirParentAndLeaveWorkOut()
    {
        const string export = """
            Type,Title,Owner,Team,Parent,Start value,Current value,Target value,Progress %,Status,Due date
            Objective,Make every patient visit feel effortless,Amara Okafor,Leadership,,,,,52,On track,2026-06-30
            Key Result,Raise patient NPS from 41 to 55,Amara Okafor,Leadership,Make every patient visit feel effortless,41,48,55,50,On track,2026-06-30
            Initiative,Redesign the check-in kiosk,Liam Brennan,Clinic Operations,Raise patient NPS from 41 to 55,,,,20,On track,2026-05-31
            Objective,Cut waiting-room time,Liam Brennan,Clinic Operations,Make every patient visit feel effortless,,,,40,On track,2026-06-30
            Key Result,"Cut average waiting-room time from 18 to 8 minutes",Liam Brennan,Clinic Operations,Cut waiting-room time,18,13,8,50,On track,2026-06-30
            """;

        var result = ImportDocument(export, "perdoo.csv");

        Assert.Equal(["Make every patient visit feel effortless", "Cut waiting-room time"], result.Objectives.Select(o => o.Title));
        Assert.Equal(["company/O1", "clinic-operations/O1"], result.Objectives.Select(o => o.Ref.ToString())); // a leadership team is the company
        var nps = Assert.Single(result.Objectives[0].KeyResults);
        Assert.Equal((41.0, 55.0, "Amara Okafor"), (nps.Baseline!.Value, nps.Target!.Value, nps.Owner));
        Assert.Equal(new DateOnly(2026, 6, 30), nps.Deadline);
        Assert.Equal("company/O1", Assert.Single(result.Objectives[1].Supports).Target.ToString());
        Assert.Equal(18.0, Assert.Single(result.Objectives[1].KeyResults).Baseline);
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("1 initiative, epic or task row skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_IssueTrackerExport_LinksKeyResultsByTheirParentsKey()
    {
        const string export = """
            Issue key,Issue Type,Summary,Parent,Assignee,Status,Custom field (Target),Custom field (Baseline)
            OKR-1,Objective,Make payments to merchants just work,,Rachel Nguyen,In Progress,,
            OKR-2,Key Result,Raise card payment authorisation rate from 91.2% to 94.5%,OKR-1,Kofi Mensah,In Progress,94.5%,91.2%
            OKR-3,Epic,Retry declined cards with network tokens,OKR-2,Kofi Mensah,In Progress,,
            OKR-4,Key Result,Cut payout failures to 0.5%,OKR-9,Kofi Mensah,In Progress,0.5%,
            """;

        var result = ImportDocument(export, "jira.csv", defaultUnit: "payments");

        var objective = Assert.Single(result.Objectives);
        var keyResult = Assert.Single(objective.KeyResults);
        Assert.Equal((91.2, 94.5, MeasureUnit.Percent), (keyResult.Baseline!.Value, keyResult.Target!.Value, keyResult.MeasureUnit));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("names no objective of this export as its parent ('OKR-9')", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_SheetWithATitleRowNumberColumnAndTotals_ReadsTheTableBetween()
    {
        const string sheet = """
            Kestrel Analytics - Q3 2026 OKRs (last updated 14 Aug by Mel),,,,,,,
            ,,,,,,,
            Team,Objective,KR #,Key Result,Owner,Start,Target,Score (0-1)
            Sales,Win more mid-market deals,1,Grow new mid-market ARR to $1.2M,Dana Whitfield,$0,$1.2M,0.6
            Sales,Win more mid-market deals,2,Raise win rate from 18% to 25%,Dana Whitfield,18%,25%,0.4
            TOTAL,,,,,,,0.5
            """;

        var result = ImportDocument(sheet, "sheet.csv");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal(["Grow new mid-market ARR to $1.2M", "Raise win rate from 18% to 25%"], objective.KeyResults.Select(k => k.Text));
        Assert.Equal(["sales"], result.Units.Select(u => u.Id));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("1 row above the header (line 1)", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("identifier column 'KR #'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("the totals row", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_EuropeanExport_ReadsDayFirstDottedDates()
    {
        const string export = """
            Objective;Key Result;Owner;Start value;Target value;Due date
            Deliver on time;Increase on-time delivery rate from 86,5 % to 96 %;Jürgen Weiß;86,5;96;30.09.2026
            """;

        var result = ImportDocument(export, "export.csv", defaultUnit: "logistics");

        var keyResult = Assert.Single(Assert.Single(result.Objectives).KeyResults);
        Assert.Equal(new DateOnly(2026, 9, 30), keyResult.Deadline);
        Assert.Equal((86.5, 96.0), (keyResult.Baseline!.Value, keyResult.Target!.Value));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Severity.Warning);
    }
}

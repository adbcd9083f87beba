using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>A team lead's draft posted in chat: "O1 -" and "KR1 ->" lines, then lists announced as not OKRs and a PS.</summary>
public sealed class SlackMessageImportTests
{
    private const string Message = """
        OK here goes:

        O1 - Get new subscribers past the third bag cliff
          KR1 -> Month-3 retention from 58% to 68% for cohorts starting Jul-Oct
          KR2 => 40% of new subs rate their first two bags in the app (today it's ~11%)

        Stuff we talked about but are PARKING for H2, so not OKRs:
        • wholesale / office coffee pilot (revisit in Jan)
        • loyalty points program

        Things we're NOT putting in OKRs but will keep an eye on, since they'd tank retention if they slip:
        • on-time ship rate (ops owns, currently 96%)

        PS a few open questions, would love answers in thread
        1. Is "month-3 retention" measured from first charge or first ship date?
        2. Should O2 even be ours?
        """;

    private readonly Throughline.Workspace.Import.ImportResult _result = ImportDocument(Message, "lifecycle.txt", defaultUnit: "lifecycle");

    [Fact]
    public void Import_ArrowAfterTheKeyResultId_IsASeparator()
    {
        var objective = Assert.Single(_result.Objectives);
        Assert.Equal(
            ["Month-3 retention from 58% to 68% for cohorts starting Jul-Oct", "40% of new subs rate their first two bags in the app (today it's ~11%)"],
            objective.KeyResults.Select(k => k.Text));
        Assert.Equal([68.0, 40.0], objective.KeyResults.Select(k => k.Target!.Value));
    }

    [Fact]
    public void Import_ListsAnnouncedAsNotOkrsAndThePostscript_AreSkippedAndSaid()
    {
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("PARKING for H2, so not OKRs:' (2 lines)", StringComparison.Ordinal));
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("NOT putting in OKRs", StringComparison.Ordinal));
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("'PS a few open questions, would love answers in thread' (2 lines)", StringComparison.Ordinal));
    }
}

using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>
/// The text export of a board deck: "OBJECTIVE 2 OF 3" above the title in capitals, values wrapped onto the next
/// line, footnote marks and footnotes, page numbers, rules between slides, and slides that are not OKRs.
/// </summary>
public sealed class DeckExportImportTests
{
    private const string Deck = """
        OBJECTIVE 1 OF 2
        WIN THE MIDWEST REEFER TRIANGLE

        Owner: Dana Whitlock, GM Marketplace

          • Reefer loads/week in Chicago–Dallas–Atlanta triangle
              1,150 → 1,600
          • Auto-match rate¹
              12% → 18%

        ¹ Auto-match = load booked via Instant Book with zero broker touches.

                                                                            5
        ────────────────────────────────────────────────────────────────────

        OBJECTIVE 2 OF 2
        MAKE CARRIERS CHOOSE LOADSTAR FIRST

          • Carrier NPS                              31 → 45
          • Double-brokering / carrier fraud incidents from 14 to 7²

        ² Confirmed incidents only.

                                                                            6
        ────────────────────────────────────────────────────────────────────

        HEALTH METRICS
        (Not OKRs. Guardrails we watch.)

        Gross bookings          $44.9M      $48.2M      ▲
        On-time pickup          95.0%       94.1%       ▼

                                                                            7
        ────────────────────────────────────────────────────────────────────

        APPENDIX A: Q3 OKR SCORECARD (FINAL)

        O1 Launch Instant Book in 3 lanes ............................ 0.9
        O2 Grow active carriers 7.0k → 8.5k ........................... 0.7
        """;

    private readonly Throughline.Workspace.Import.ImportResult _result = ImportDocument(Deck, "board.txt", defaultUnit: "loadstar");

    [Fact]
    public void Import_ObjectiveNOfM_TakesItsTitleFromTheNextLine()
    {
        Assert.Equal(["WIN THE MIDWEST REEFER TRIANGLE", "MAKE CARRIERS CHOOSE LOADSTAR FIRST"], _result.Objectives.Select(o => o.Title));
        Assert.Equal("Dana Whitlock, GM Marketplace", _result.Objectives[0].OwnerPerson);
    }

    [Fact]
    public void Import_ValuesWrappedOntoTheNextLine_BelongToTheirKeyResult()
    {
        var first = _result.Objectives[0].KeyResults;
        Assert.Equal([(1150.0, 1600.0), (12.0, 18.0)], first.Select(k => (k.Baseline!.Value, k.Target!.Value)));
        Assert.Equal("Auto-match rate", first[1].Metric);
        Assert.Equal([2, 2], _result.Objectives.Select(o => o.KeyResults.Count));
    }

    [Fact]
    public void Import_FootnotesPageNumbersAndNonOkrSlides_AreLeftOutAndSaid()
    {
        Assert.Contains(_result.Diagnostics, d => d.Message.StartsWith("4 footnote or page-number lines were left out (lines 11, 13, 22, 24)", StringComparison.Ordinal));
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("the section 'HEALTH METRICS' (4 lines)", StringComparison.Ordinal));
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("the section 'APPENDIX A: Q3 OKR SCORECARD (FINAL)' (2 lines)", StringComparison.Ordinal));
        Assert.DoesNotContain(_result.Objectives, o => o.Title.Contains("Instant Book", StringComparison.Ordinal));
        Assert.All(_result.Objectives.SelectMany(o => o.KeyResults), k => Assert.DoesNotContain('²', k.Metric ?? ""));
    }
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>A Notion/Confluence-style paste: bold objective lines, <c>KR1:</c> bullets with owner tags, emoji and scores.</summary>
public sealed class BoldObjectivesAndTaggedKeyResultsImportTests
{
    private const string FileName = "platform-review.md";

    private const string Document = """
        **Platform (Infra) — Q3 OKRs**

        **Objective: Make deploys boring** 🟢
        *So that every team ships on Fridays without fear.*
        - KR1: Cut p95 deploy time from 40 min to 15 min (@maria) — 0.7
        - KR2: Reduce failed deploys from 6% to 2% per week ✅ — 1.0
        - **KR3:** Roll back any service in under 5 minutes [P1] Owner: Dev Patel

        **Objective 2: Give teams self-serve infrastructure (Owner: Li Wei)** 🟡
        - KR 2.1 Provision a new service in under 1 day, down from 5 days (@li.wei) — 0.4
        - KR 2.2: 80% of services on the paved-road template ❌ — 0.2
        - KR 2.2: Retire the legacy Jenkins cluster — 0.0
        """;

    private readonly ImportResult _result = ImportDocument(Document, FileName);

    [Fact]
    public void Import_BoldTitleLine_NamesThePlatformUnit()
    {
        var unit = Assert.Single(_result.Units);
        Assert.Equal(("platform", "Platform (Infra)", UnitKind.PlatformTeam), (unit.Id, unit.Name, unit.Kind));
        Assert.All(_result.Objectives, o => Assert.Equal("platform", o.Owner));
    }

    [Fact]
    public void Import_BoldObjectiveLines_AreObjectivesWithoutMarkupEmojiOrOwnerTag()
    {
        Assert.Equal(["platform/O1", "platform/O2"], _result.Objectives.Select(o => o.Ref.ToString()));
        Assert.Equal("Make deploys boring", _result.Objective("platform/O1").Title);
        var selfServe = _result.Objective("platform/O2");
        Assert.Equal("Give teams self-serve infrastructure", selfServe.Title);
        Assert.Equal("Li Wei", selfServe.OwnerPerson);
        Assert.Equal("So that every team ships on Fridays without fear.", _result.Objective("platform/O1").Why);
    }

    [Fact]
    public void Import_KeyResultLines_KeepTheirTextVerbatimMinusMarkerAndPrefix()
    {
        Assert.Equal(
            [
                "Cut p95 deploy time from 40 min to 15 min (@maria) — 0.7",
                "Reduce failed deploys from 6% to 2% per week ✅ — 1.0",
                "Roll back any service in under 5 minutes [P1] Owner: Dev Patel",
            ],
            _result.Objective("platform/O1").KeyResults.Select(k => k.Text));
        Assert.Equal("Provision a new service in under 1 day, down from 5 days (@li.wei) — 0.4", _result.KeyResult("platform/O2-KR1").Text);
    }

    [Fact]
    public void Import_OwnerTags_BecomeKeyResultOwners()
    {
        Assert.Equal(
            ["maria", null, "Dev Patel"],
            _result.Objective("platform/O1").KeyResults.Select(k => k.Owner));
        Assert.Equal("li.wei", _result.KeyResult("platform/O2-KR1").Owner);
    }

    [Fact]
    public void Import_KeyResultOrigins_PointAfterTheKrPrefix()
    {
        Assert.Equal(new SourceRef(FileName, LineOf(Document, "- KR1: Cut p95"), ColumnOf(Document, "Cut p95")), _result.KeyResult("platform/O1-KR1").Origin);
        Assert.Equal(new SourceRef(FileName, LineOf(Document, "**KR3:**"), ColumnOf(Document, "Roll back")), _result.KeyResult("platform/O1-KR3").Origin);
        Assert.Equal(new SourceRef(FileName, LineOf(Document, "**Objective 2:"), 1), _result.Objective("platform/O2").Origin);
    }

    [Fact]
    public void Import_DottedAndRepeatedKrIds_AreKeptWhenUniqueAndRenumberedWhenRepeated()
    {
        Assert.Equal(["platform/O1-KR1", "platform/O1-KR2", "platform/O1-KR3"], _result.Objective("platform/O1").Refs());
        Assert.Equal(["platform/O2-KR1", "platform/O2-KR2", "platform/O2-KR3"], _result.Objective("platform/O2").Refs());
        Assert.Equal("Retire the legacy Jenkins cluster — 0.0", _result.KeyResult("platform/O2-KR3").Text);
        var renumbered = Assert.Single(_result.WithCode(ImportCodes.Renumbered));
        Assert.Equal(Severity.Info, renumbered.Severity);
        Assert.Equal(LineOf(Document, "Retire the legacy"), renumbered.Where!.Line);
        Assert.Contains("KR2 → KR3", renumbered.Message, StringComparison.Ordinal);
    }
}

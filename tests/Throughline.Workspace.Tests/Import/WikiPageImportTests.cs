using Throughline.Core.Diagnostics;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>
/// A wiki (Confluence) export: breadcrumbs, a page-properties table, a callout, objectives whose team is a
/// "**Unit:**" line under their heading, a risks table and a retro of last quarter's scores.
/// </summary>
public sealed class WikiPageImportTests
{
    private const string Page = """
        1.  [Information Technology Services](index.html)
        2.  [ITS Planning](ITS-Planning_88211.html)

        # ITS Planning : ITS FY25 Q3 OKRs (Jan – Mar 2025)

        |                  |                                          |
        |------------------|------------------------------------------|
        | **Owner**        | @Angela Moritz (Deputy CIO, Operations)  |
        | **Status**       | IN PROGRESS                              |

        **Info**

        OKRs at ITS are set by each unit and rolled up on this page. Unit child pages have more detail.

        ## Objectives

        ### O1: Everyone on phishing-resistant MFA

        **Unit:** Identity & Access Management (IAM) · **Exec sponsor:** CISO

        Key results

        -   KR1: Faculty/staff enrolled in Duo Verified Push or a FIDO2 key, from 61% to 95% by Mar 31, 2025
        -   KR2: Student enrollment from 38% to 75% by Mar 31, 2025

        ### O2: Researchers get compute without filing a ticket

        **Unit:** Research Computing (joint with University Libraries for the data-storage piece)

        Key results

        -   KR1: Self-service HPC allocations from 0% to 80% of new requests

        ## Retro from last quarter

        | Objective (Q2) | Score | Comment |
        |---|---|---|
        | Publish an ITS service catalog | 1.0 | Output KR, live on the site |
        """;

    private readonly Throughline.Workspace.Import.ImportResult _result = ImportDocument(Page, "its-okrs.md", defaultUnit: "its");

    [Fact]
    public void Import_UnitLineUnderAnObjective_PlacesItInThatTeam()
    {
        Assert.Equal(
            [("identity-and-access-management/O1", 2), ("research-computing/O2", 1)],
            _result.Objectives.Select(o => (o.Ref.ToString(), o.KeyResults.Count)));
        Assert.Equal("Research Computing", _result.Unit("research-computing").Name);
    }

    [Fact]
    public void Import_NavigationPropertiesCalloutAndRetro_AreSkippedAndSaidWithoutWarnings()
    {
        Assert.DoesNotContain(_result.Diagnostics, d => d.Severity >= Severity.Warning);
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("'page navigation' (2 lines)", StringComparison.Ordinal));
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("a table of page properties (2 rows) was skipped", StringComparison.Ordinal));
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("the section 'Retro from last quarter'", StringComparison.Ordinal));
        Assert.DoesNotContain(_result.Objectives, o => o.Title is "Info" or "Publish an ITS service catalog");
    }
}

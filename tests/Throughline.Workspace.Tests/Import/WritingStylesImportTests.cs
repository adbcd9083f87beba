using Throughline.Core.Model;
using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>The many ways people mark objectives, key results, lists and teams.</summary>
public sealed class WritingStylesImportTests
{
    [Theory]
    [InlineData("Objective: Delight new users", null)]
    [InlineData("O1: Delight new users", "O1")]
    [InlineData("Obj 2 - Delight new users", "O2")]
    [InlineData("Objective 3. Delight new users", "O3")]
    [InlineData("OBJECTIVE #4: Delight new users", "O4")]
    [InlineData("## O5 — Delight new users", "O5")]
    [InlineData("### Objective 6: Delight new users", "O6")]
    [InlineData("**Objective 7: Delight new users**", "O7")]
    [InlineData("**Delight new users**", null)]
    [InlineData("### Delight new users", null)]
    public void Import_ObjectivePrefixStyle_GivesTitleAndKeepsTheGivenId(string objectiveLine, string? id)
    {
        var text = $"{objectiveLine}\n- Raise week-1 retention from 40% to 50%\n";

        var result = ImportDocument(text, "okrs.md", defaultUnit: "growth");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal("Delight new users", objective.Title);
        Assert.Equal($"growth/{id ?? "O1"}", objective.Ref.ToString());
        Assert.Equal("Raise week-1 retention from 40% to 50%", Assert.Single(objective.KeyResults).Text);
    }

    [Theory]
    [InlineData("KR1: Raise retention from 40% to 50%", "KR1")]
    [InlineData("KR 1.2 Raise retention from 40% to 50%", "KR2")]
    [InlineData("KR 1.3: Raise retention from 40% to 50%", "KR3")]
    [InlineData("Key Result 2 - Raise retention from 40% to 50%", "KR2")]
    [InlineData("KR: Raise retention from 40% to 50%", "KR1")]
    [InlineData("- KR4 – Raise retention from 40% to 50%", "KR4")]
    [InlineData("* **KR5:** Raise retention from 40% to 50%", "KR5")]
    [InlineData("1. KR6) Raise retention from 40% to 50%", "KR6")]
    public void Import_KeyResultPrefixStyle_IsStrippedFromTheText(string keyResultLine, string id)
    {
        var text = $"Objective: Delight new users\n{keyResultLine}\n";

        var result = ImportDocument(text, "okrs.txt", defaultUnit: "growth");

        var keyResult = Assert.Single(Assert.Single(result.Objectives).KeyResults);
        Assert.Equal("Raise retention from 40% to 50%", keyResult.Text);
        Assert.Equal($"growth/O1-{id}", keyResult.Ref.ToString());
    }

    [Theory]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("+")]
    [InlineData("•")]
    [InlineData("1.")]
    [InlineData("1)")]
    [InlineData("a)")]
    [InlineData("  -")]
    public void Import_ListMarkerStyle_MakesKeyResultsOfTheObjectiveAbove(string marker)
    {
        var text = $"Objective: Delight new users\n{marker} Raise retention from 40% to 50%\n{marker} Cut drop-off from 35% to 20%\n";

        var result = ImportDocument(text, "okrs.txt", defaultUnit: "growth");

        Assert.Equal(["Raise retention from 40% to 50%", "Cut drop-off from 35% to 20%"], Assert.Single(result.Objectives).KeyResults.Select(k => k.Text));
    }

    [Theory]
    [InlineData("1. Delight new users\n   1.1 Raise retention from 40% to 50%\n   1.2 Cut drop-off from 35% to 20%\n2. Make search useful\n   2.1 Raise search success from 62% to 75%\n")]
    [InlineData("1. Delight new users\n1.1 Raise retention from 40% to 50%\n1.2 Cut drop-off from 35% to 20%\n2. Make search useful\n2.1 Raise search success from 62% to 75%\n")]
    [InlineData("- Delight new users\n  - Raise retention from 40% to 50%\n  - Cut drop-off from 35% to 20%\n- Make search useful\n  - Raise search success from 62% to 75%\n")]
    [InlineData("1. Delight new users\n   a) Raise retention from 40% to 50%\n   b) Cut drop-off from 35% to 20%\n2. Make search useful\n   a) Raise search success from 62% to 75%\n")]
    public void Import_NestedList_MakesOuterItemsObjectivesAndInnerItemsKeyResults(string text)
    {
        var result = ImportDocument(text, "okrs.txt", defaultUnit: "growth");

        Assert.Equal(["Delight new users", "Make search useful"], result.Objectives.Select(o => o.Title));
        Assert.Equal(["growth/O1-KR1", "growth/O1-KR2"], result.Objective("growth/O1").Refs());
        Assert.Equal("Raise search success from 62% to 75%", Assert.Single(result.Objective("growth/O2").KeyResults).Text);
    }

    [Theory]
    [InlineData("## Team: Growth", "growth", "Growth", UnitKind.ProductTeam)]
    [InlineData("Growth team OKRs – Q3", "growth", "Growth", UnitKind.ProductTeam)]
    [InlineData("# Customer Success OKRs", "customer-success", "Customer Success", UnitKind.GoToMarket)]
    [InlineData("## Finance team", "finance", "Finance", UnitKind.SupportFunction)]
    [InlineData("Company-level OKRs", "company", "Company", UnitKind.Company)]
    [InlineData("# Acme OKRs — Q3 2026", "acme", "Acme", UnitKind.Company)]
    [InlineData("**Platform (Infra) OKRs**", "platform", "Platform (Infra)", UnitKind.PlatformTeam)]
    public void Import_TeamLineStyle_NamesTheUnit(string teamLine, string id, string name, UnitKind kind)
    {
        var text = $"{teamLine}\n\nObjective: Delight new users\n- Raise retention from 40% to 50%\n";

        var result = ImportDocument(text, "okrs.md");

        var unit = Assert.Single(result.Units);
        Assert.Equal((id, name, kind), (unit.Id, unit.Name, unit.Kind));
        Assert.Equal($"{id}/O1", Assert.Single(result.Objectives).Ref.ToString());
        Assert.Equal(kind == UnitKind.Company ? ObjectiveLevel.Company : ObjectiveLevel.Team, result.Objectives[0].Level);
    }

    [Fact]
    public void Import_HeadingWithObjectivesUnderIt_IsAUnitEvenWithoutTheWordTeam()
    {
        const string text = """
            ### Platform (Infra)
            - Objective: Make deploys boring
              - Cut p95 deploy time from 40 to 15 minutes
              - Reduce failed deploys from 6% to 2%
            - Objective: Self-serve infrastructure
              - Provision a service in under 1 day
            """;

        var result = ImportDocument(text, "okrs.md");

        Assert.Equal(("platform", UnitKind.PlatformTeam), (Assert.Single(result.Units).Id, result.Units[0].Kind));
        Assert.Equal(["platform/O1", "platform/O2"], result.Objectives.Select(o => o.Ref.ToString()));
        Assert.Equal(2, result.Objective("platform/O1").KeyResults.Count);
    }

    [Fact]
    public void Import_NoTeamAndNoDefault_GoesToTheCompanyAndSaysSo()
    {
        var result = ImportDocument("Objective: Delight new users\n- Raise retention from 40% to 50%\n", "okrs.md");

        Assert.Equal(("company", UnitKind.Company), (Assert.Single(result.Units).Id, result.Units[0].Kind));
        Assert.Equal(ImportCodes.DefaultScope, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Import_DefaultUnit_ScopesObjectivesWithoutATeam()
    {
        var result = ImportDocument("Objective: Delight new users\n- Raise retention from 40% to 50%\n", "okrs.md", defaultUnit: "growth");

        Assert.Equal("growth", Assert.Single(result.Units).Id);
        Assert.Equal("growth/O1-KR1", result.Objectives[0].KeyResults[0].Ref.ToString());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Import_NoiseMarkers_AreStrippedFromTitlesAndOwnersRead()
    {
        const string text = """
            <!-- owners to confirm -->
            ### Objective 1: ✅ [P0] Delight [new users](https://wiki/okrs) (@priya) — 0.7
            Owner: Priya Shah
            - 🟢 Raise retention from 40% to 50% — Owner: Sam
            - [ ] Cut drop-off from 35% to 20%
              - Owner: Lee
            """;

        var result = ImportDocument(text, "okrs.md", defaultUnit: "growth");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal("Delight new users", objective.Title);
        Assert.Equal("Priya Shah", objective.OwnerPerson);
        Assert.Equal(["Sam", "Lee"], objective.KeyResults.Select(k => k.Owner));
        // The status mark is progress, not part of the key result; the rest is kept as written.
        Assert.Equal(["Raise retention from 40% to 50% — Owner: Sam", "Cut drop-off from 35% to 20%"], objective.KeyResults.Select(k => k.Text));
        Assert.Equal(LineOf(text, "### Objective 1"), objective.Origin!.Line);
    }

    [Fact]
    public void Import_WikiPage_SkipsTheTableOfContentsAndReadsProseUnderAHeadingAsItsContext()
    {
        const string text = """
            # Fleet Operations OKRs – Q3 2025

            **Table of contents**

            - [Objective 1: Make on-time delivery our default](#objective-1-make-on-time-delivery-our-default)
            - [Objective 2: Keep our drivers](#objective-2-keep-our-drivers)
            - [Risks](#risks)

            ## Objective 1: Make on-time delivery our default

            > Context: OTD slipped to 88.4% in Q2, mostly on the Albany lanes.

            - 🟢 Increase on-time delivery from 88.4% to 95% [Marcus Oyelaran]
            - 🔴 Roll out live ETA tracking to top 20 shipper accounts [Tom Keller / Integrations]

            ## Objective 2: Keep our drivers

            Driver turnover hit 61% annualized last quarter. The industry average is bad but we're worse.

            - 🟡 Reduce 90-day driver attrition from 34% to 20% [HR – Samira Haddad]
            - [Back to top](#top)
            """;

        var result = ImportDocument(text, "fleet.md", defaultUnit: "fleet-ops");

        Assert.Equal(["Make on-time delivery our default", "Keep our drivers"], result.Objectives.Select(o => o.Title));
        Assert.Equal("OTD slipped to 88.4% in Q2, mostly on the Albany lanes.", result.Objectives[0].Why);
        Assert.StartsWith("Driver turnover hit 61%", result.Objectives[1].Why, StringComparison.Ordinal);
        var keyResults = result.Objectives.SelectMany(o => o.KeyResults).ToList();
        Assert.Equal(["Increase on-time delivery from 88.4% to 95%", "Roll out live ETA tracking to top 20 shipper accounts", "Reduce 90-day driver attrition from 34% to 20%"], keyResults.Select(k => k.Text));
        Assert.Equal(["Marcus Oyelaran", "Tom Keller / Integrations", "HR – Samira Haddad"], keyResults.Select(k => k.Owner));
        Assert.Equal(95, keyResults[0].Target);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'Table of contents' (3 lines)", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'Back to top' only points within the page", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ChatMessage_ReadsItsListAndLeavesGreetingNotesAndRemarksOut()
    {
        const string text = """
            Hey team 👋

            Our Q2 OKRs are:

            1. Make Ledgerly the easiest way for small businesses to get paid
               a. Increase invoice-to-payment conversion from 61% to 70% (committed)
               b. Increase payments volume (TPV) from existing cohorts by $X — Finance is still modelling this
               c. Upsell conversion from Starter to Pro: 12% (we don't have a clean baseline yet)
               d. Do better on onboarding emails <- I know, this one needs a real metric

            A few notes:
            - "Stretch" = 70% is a great result, don't sandbag.
            - Owners are in the planning doc

            Cheers,
            Rachel
            """;

        var result = ImportDocument(text, "payments.txt", defaultUnit: "payments");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal("payments", objective.Ref.Scope);
        Assert.Equal("Make Ledgerly the easiest way for small businesses to get paid", objective.Title);
        Assert.Equal(
            ["invoice-to-payment conversion", "payments volume (TPV) from existing cohorts", "upsell conversion from Starter to Pro", "do better on onboarding emails"],
            objective.KeyResults.Select(k => k.Metric));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'A few notes:' (2 lines)", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_NotionPage_ReadsPropertiesUnderKeyResultsAndLeavesCheckInsAndTasksOut()
    {
        const string text = """
            # Learner Success OKRs

            Team: Learner Success · Cycle: Sep–Dec 2025 · Status: In progress

            - **O1: Help learners actually land the job**
                - Owner: @Priya Menon
                - Status: 🟢 On track
                - **KR 1.1 — Increase 180-day job placement rate from 58% to 68%**
                    - Confidence: 5/10
                    - Progress: 30%
                    - Dashboard: [Placement Outcomes](https://app.mode.com/reports/9a7c)
                    - [ ] Hiring partner showcase event
                - **KR 1.2 — Career coaching NPS ≥ 55**
                    - Baseline: 47 (Summer term survey)

            ---

            💬 Comments (3)
            """;

        var result = ImportDocument(text, "notion.md", defaultUnit: "fallback");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal("learner-success", objective.Ref.Scope);
        Assert.Equal(2, objective.KeyResults.Count); // "Comments (3)" after the rule is no third key result
        Assert.Equal("https://app.mode.com/reports/9a7c", objective.KeyResults[0].Measurement.Dashboard);
        Assert.Equal(47, objective.KeyResults[1].Baseline);
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("3 progress, confidence or status lines were left out", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("task 'Hiring partner showcase event' under a key result was read as an initiative", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_HealthMetricsHeadingWithANote_IsSkippedAsASection()
    {
        const string text = """
            ## Customer Experience

            **Objective: Turn cancellations into saves**

            * Save rate on cancellation flow from 14% to 25%

            ### Health metrics (not OKRs — we just watch these)

            * Gross margin ≥ 58%
            * Monthly subscriber churn (currently 6.2%)
            """;

        var result = ImportDocument(text, "cx.md", defaultUnit: "cx");

        var objective = Assert.Single(result.Objectives);
        Assert.Single(objective.KeyResults);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'Health metrics (not OKRs — we just watch these)' (2 lines)", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Throughline.Core.Diagnostics.Severity.Warning);
    }

    [Fact]
    public void Import_DeckExport_ReadsItsTitleBlockCycleAndReportsDependenciesAndOpenItems()
    {
        const string text = """
            GRIDWELL ENERGY — CUSTOMER OPERATIONS
            FY26 H2 PLANNING (APR – SEP 2026)
            ------------------------------------------------------------

            OBJECTIVE: Get billing right the first time

              KR1: Cut estimated bills from 6.8% of all bills to under 2%
              KR2: 90% of new move-in accounts billed correctly on first cycle

              Dependencies: Metering Services (AMI rollout schedule)

            ------------------------------------------------------------
            OPEN ITEMS / NEXT STEPS
             * KR owners to be named at April 2 kickoff
            """;

        var result = ImportDocument(text, "customer-ops.txt", defaultUnit: "customer-ops");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal("Get billing right the first time", objective.Title);
        Assert.Equal(2, objective.KeyResults.Count);
        Assert.Equal(2.0, objective.KeyResults[0].Target);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'GRIDWELL ENERGY — CUSTOMER OPERATIONS' was read as the document's title", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("dependency of 'Get billing right the first time' on 'Metering Services (AMI rollout schedule)' was not imported", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'OPEN ITEMS / NEXT STEPS' (1 line)", StringComparison.Ordinal));
        var cycle = Throughline.Workspace.Import.DocumentCycle.Find(text)!.Value;
        Assert.Equal("2026-04..2026-09", cycle.Cycle.Id);
        Assert.Equal("APR – SEP 2026", cycle.Words);
    }

    [Theory]
    [InlineData("# Student Success OKRs — Sep–Dec 2025", "2025-09..2025-12")]
    [InlineData("Advising team: September 2025 - January 2026", "2025-09..2026-01")]
    [InlineData("## Nov to Feb '27 goals", "2026-11..2027-02")]
    [InlineData("# Payments — Jan-Mar 2027", "2027-Q1")]
    [InlineData("# Platform OKRs, July through December 2026", "2026-H2")]
    public void DocumentCycle_MonthRangeInTheTitle_IsTheCycle(string title, string id)
    {
        var text = title + "\n\n## Every first-year student finds their footing\n- Raise first-term retention from 86% to 90%\n";

        Assert.Equal(id, Throughline.Workspace.Import.DocumentCycle.Find(text)!.Value.Cycle.Id);
    }

    [Fact]
    public void DocumentCycle_MonthRangeInAKeyResult_IsNotTheCycle()
    {
        const string text = "## Every first-year student finds their footing\n- Run advising drop-ins Sep–Dec 2025 for 400 students\n";

        Assert.Null(Throughline.Workspace.Import.DocumentCycle.Find(text));
    }

    [Fact]
    public void Import_InitiativesHeading_IsSkippedWithAnInfo()
    {
        const string text = """
            ## O1: Delight new users
            - Raise retention from 40% to 50%

            #### Initiatives
            - Build the welcome tour
            - Rewrite onboarding emails

            ## O2: Make search useful
            - Raise search success from 62% to 75%
            """;

        var result = ImportDocument(text, "okrs.md", defaultUnit: "growth");

        Assert.Equal([1, 1], result.Objectives.Select(o => o.KeyResults.Count));
        Assert.StartsWith("2 initiatives", result.DiagnosticAt(ImportCodes.InitiativesSkipped, text, "#### Initiatives").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ObjectiveIdAloneOnItsHeading_TakesItsTitleFromTheNextLine()
    {
        var result = ImportDocument("## Objective 2\nDelight new users\n- Raise retention from 40% to 50%\n", "okrs.md", defaultUnit: "growth");

        var objective = Assert.Single(result.Objectives);
        Assert.Equal(("growth/O2", "Delight new users"), (objective.Ref.ToString(), objective.Title));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("okrs.markdown")]
    [InlineData("paste.txt")]
    public void Import_TextFileOrUnknownExtension_IsReadAsText(string fileName)
    {
        var result = ImportDocument("Objective: Delight new users, happily\n- Raise retention from 40% to 50%\n", fileName, defaultUnit: "growth");

        Assert.Equal("Delight new users, happily", Assert.Single(result.Objectives).Title);
    }
}

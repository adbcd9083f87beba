using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>
/// Details of OKR documents as teams paste them: priority tags inside owner tags, links to the dashboard a KR is
/// measured on, "Team X:" lines, and the cycle the title names.
/// </summary>
public sealed class WildDocumentDetailsImportTests
{
    private const string Document = """
        # Q1 2027 OKRs — Payments squad

        **Objective 1: Make paying us effortless** (owner: @dana, P0)
        - KR1: Increase checkout conversion from 61% to 68% by March 31
        - KR2: Chargeback rate below 0.4% — [dashboard](https://bi.example.com/d/chargebacks)
        - KR3: Roll out [Apple Pay](https://developer.apple.com/apple-pay/) to 100% of iOS checkouts
        - KR4: Payment failures under 1.5% (https://grafana.example.com/d/payments)

        Team Growth: Grow self-serve revenue. Raise trial starts from 1,200 to 1,500 a week, cut CAC to $120
        """;

    private readonly ImportResult _result = ImportDocument(Document, "payments.md");

    [Fact]
    public void Import_PriorityTagBesideTheOwner_IsNotPartOfTheOwner() =>
        Assert.Equal("dana", _result.Objective("payments/O1").OwnerPerson);

    [Fact]
    public void Import_LinkToADashboard_IsWhereTheKrIsMeasuredAndNotPartOfItsMetric()
    {
        var chargebacks = _result.KeyResult("payments/O1-KR2");
        Assert.Equal("https://bi.example.com/d/chargebacks", chargebacks.Measurement.Dashboard);
        Assert.Equal("chargeback rate", chargebacks.Metric);
        Assert.Equal(0.4, chargebacks.Target);
        Assert.Equal("https://grafana.example.com/d/payments", _result.KeyResult("payments/O1-KR4").Measurement.Dashboard);
    }

    [Fact]
    public void Import_LinkWhoseLabelIsPartOfTheSentence_KeepsTheLabelAndIsNoMeasurement()
    {
        var applePay = _result.KeyResult("payments/O1-KR3");
        Assert.Null(applePay.Measurement.Dashboard);
        Assert.Contains("apple pay", (applePay.Metric ?? applePay.Text).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TeamPrefixedLine_IsThatTeamsObjectiveWithItsKeyResults()
    {
        var growth = _result.Objective("growth/O1");
        Assert.Equal("Grow self-serve revenue", growth.Title);
        Assert.Equal(["Raise trial starts from 1,200 to 1,500 a week", "cut CAC to $120"], growth.KeyResults.Select(k => k.Text));
    }

    [Fact]
    public void Import_TableUnderATeamHeadingWithItsCycle_ReadsTeamOwnersRatesAndDroppedRows()
    {
        const string table = """
            ## Engineering — H1 2027

            ### O1. Ship faster without breaking things 🚀
            | Key result | Owner | Baseline | Target | Score |
            |---|---|---|---|---|
            | Deploy frequency from weekly to daily | @sam | 1/wk | 5/wk | 0.6 |
            | Change failure rate < 10% | @lee | 18% | 10% | 0.3 |
            | ~~Migrate to k8s~~ (dropped) | | | | |
            """;

        var result = ImportDocument(table, "h1.md");

        Assert.Equal("engineering", Assert.Single(result.Units).Id);
        var deploys = result.KeyResult("engineering/O1-KR1");
        Assert.Equal(("sam", 1.0, 5.0), (deploys.Owner, deploys.Baseline, deploys.Target));
        Assert.Equal(2, result.Objective("engineering/O1").KeyResults.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.TextSkipped && d.Message.Contains("struck through", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Core.Diagnostics.Severity.Warning);
    }

    [Fact]
    public void Import_ToolExportWithProgressColumns_TakesUnitsFromValueCellsAndSaysWhatItLeftOut()
    {
        const string export = """
            Team,Objective,Key Result,Owner,Start Value,Current Value,Target Value,Progress,Status,Due Date
            Growth,Grow self-serve revenue,Increase trial-to-paid conversion,Ana Ruiz,11.4%,12.1%,13%,44%,On track,2027-03-31
            Growth,Grow self-serve revenue,Cut CAC,Ana Ruiz,$140,$133,$120,35%,At risk,2027-03-31
            """;

        var result = ImportDocument(export, "export.csv");

        var conversion = result.KeyResult("growth/O1-KR1");
        Assert.Equal((Core.Model.MeasureUnit.Percent, 11.4, 13.0), (conversion.MeasureUnit, conversion.Baseline, conversion.Target));
        Assert.Equal(Core.Model.MeasureUnit.Currency, result.KeyResult("growth/O1-KR2").MeasureUnit);
        var note = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.TextSkipped);
        Assert.Contains("'Current Value', 'Progress', 'Status' report progress", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NotionPage_ReadsTheTeamFromTheTitleAndItsLeadFromAQuotedOwnerLine()
    {
        const string page = """
            # 🎯 Mobile Team OKRs · FY27 Q1

            > Owner: Priya S. · Last updated Jan 4

            ## Objective: Make the app the fastest way to reorder
            1. ✅ Cold start p90 ≤ 2.0s on Android (now 3.4s)
            2. 🟡 Reorder in ≤ 3 taps for 80% of repeat orders — currently 35%
            """;

        var result = ImportDocument(page, "notion-export.md");

        var mobile = Assert.Single(result.Units);
        Assert.Equal(("mobile", "Priya S."), (mobile.Id, mobile.Lead));
        var reorder = result.KeyResult("mobile/O1-KR2");
        Assert.Equal((35.0, 80.0, Core.Model.MetricDirection.Increase), (reorder.Baseline, reorder.Target, reorder.Direction));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Core.Diagnostics.Severity.Warning);
    }

    [Fact]
    public void Import_EmailedOkrs_TakeTheTeamTheGreetingNamesAndKeepGuardrailNumbersOut()
    {
        const string email = """
            Hi all, here are the Data Platform OKRs for next quarter (Q3 2026). Comments welcome by Friday!

            O1 - Trustworthy data for every team
               KR1.1 - 95% of tier-1 tables pass freshness SLA (today ~70%)
               KR1.2 - Cut data incidents reported by analysts from 14/month to 5/month

            O2 - Cheaper warehouse
               KR2.1 - Reduce Snowflake spend by 25% without slowing p95 dashboard queries (currently 3.2s)

            Thanks,
            Marta
            """;

        var result = ImportDocument(email, "email.txt");

        Assert.Equal(("data-platform", Core.Model.UnitKind.PlatformTeam), (Assert.Single(result.Units).Id, result.Units[0].Kind));
        Assert.Equal((70.0, 95.0), (result.KeyResult("data-platform/O1-KR1").Baseline, result.KeyResult("data-platform/O1-KR1").Target));
        var spend = result.KeyResult("data-platform/O2-KR1");
        Assert.Null(spend.Baseline);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("guardrail", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ValuesOnLinesUnderAKeyResult_AreItsBaselineAndTargetAndItsTextNamesTheMetric()
    {
        const string doc = """
            Growth Team — Q3 2026

            Objective: Turn more trials into paying teams
            KR: Trial-to-paid conversion
              - Baseline: 11.4%
              - Target: 13%
              - Owner: @ana
            KR: Activation rate 10–15% higher than Q2
            KR: Blended CAC ≤ $350 (Q2: $420)
            """;

        var result = ImportDocument(doc, "gdoc.md");

        var conversion = result.KeyResult("growth/O1-KR1");
        Assert.Equal(("Trial-to-paid conversion", 11.4, 13.0, Core.Model.MetricDirection.Increase, Core.Model.MeasureUnit.Percent, "ana"),
            (conversion.Metric, conversion.Baseline, conversion.Target, conversion.Direction, conversion.MeasureUnit, conversion.Owner));
        Assert.Null(result.KeyResult("growth/O1-KR2").Deadline);
        var cac = result.KeyResult("growth/O1-KR3");
        Assert.Equal((420.0, 350.0, "blended CAC"), (cac.Baseline, cac.Target, cac.Metric));
        Assert.Null(cac.Deadline);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportCodes.TextSkipped);
    }

    [Fact]
    public void Import_EuropeanCsvExport_ReadsDecimalCommasAndKeepsThousands()
    {
        const string export = "Team;Objective;Key Result;Baseline;Target\nVertrieb;Mehr Neukunden gewinnen;Neukunden pro Monat;1,200;1,500\nSupport;Schneller antworten;Erste Antwortzeit in Stunden;6,5;2\n";

        var result = ImportDocument(export, "okr-export.csv");

        Assert.Equal((1200.0, 1500.0), (result.KeyResult("vertrieb/O1-KR1").Baseline, result.KeyResult("vertrieb/O1-KR1").Target));
        Assert.Equal((6.5, 2.0, Core.Model.MetricDirection.Decrease), (result.KeyResult("support/O1-KR1").Baseline, result.KeyResult("support/O1-KR1").Target, result.KeyResult("support/O1-KR1").Direction));
    }

    [Fact]
    public void Import_LetteredKeyResultsWithProgressNotes_ReadTheKrNotTheNote()
    {
        const string doc = """
            PLATFORM TEAM OKRs – Q1 2027

            Objective 1: Reliable platform
            Key Results:
            a) 99.95% API availability [40%]
            b) MTTR < 30 min (was 75 min) [on track]
            c) Flaky test rate ≤ 1%  // owner: Kim
            """;

        var result = ImportDocument(doc, "lettered.txt");

        Assert.Equal(99.95, result.KeyResult("platform/O1-KR1").Target);
        Assert.Equal((75.0, 30.0), (result.KeyResult("platform/O1-KR2").Baseline, result.KeyResult("platform/O1-KR2").Target));
        Assert.Equal("Kim", result.KeyResult("platform/O1-KR3").Owner);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("40%", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ConfluenceTableWithLineBreaksInACell_MakesOneKeyResultPerLine()
    {
        const string page = """
            ## Search team — 2027 Q1

            | Objective | Key results | Owner | Score |
            |---|---|---|---|
            | Help shoppers find what they want | Zero-result searches from 9% to 5%<br>Search-to-cart rate 18% → 22%<br>• Launch typo tolerance | Lee | 0.6 🟢 |
            | | Search p95 latency < 300 ms | Ana | 0.9 |
            """;

        var result = ImportDocument(page, "confluence.md");

        var objective = result.Objective("search/O1");
        Assert.Equal(["Zero-result searches from 9% to 5%", "Search-to-cart rate 18% → 22%", "Launch typo tolerance", "Search p95 latency < 300 ms"], objective.KeyResults.Select(k => k.Text));
        Assert.Equal((18.0, 22.0), (objective.KeyResults[1].Baseline, objective.KeyResults[1].Target));
        Assert.Contains("column 'Score' reports progress", Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.TextSkipped).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Q1 2027 OKRs\n- KR: Grow MRR by Q3 2027", "2027-Q1", 1)]
    [InlineData("**Payments — Q3'26**\n\nObjective: Make checkout effortless", "2026-Q3", 1)]
    [InlineData("Payments\n\n## 2026-H2 goals\n- Cut churn", "2026-H2", 3)]
    [InlineData("Team OKRs\n## 2027 Q2", "2027-Q2", 2)]
    [InlineData("# 🎯 Mobile Team OKRs · FY27 Q1", "2027-Q1", 1)]
    [InlineData("# Mobile — Q2 FY2027", "2027-Q2", 1)]
    public void DocumentCycle_TitleOrHeading_NamesTheCycle(string text, string cycle, int line)
    {
        var found = DocumentCycle.Find(text);

        Assert.NotNull(found);
        Assert.Equal((cycle, line), (found.Value.Cycle.Id, found.Value.Line));
    }

    [Theory]
    [InlineData("Payments OKRs\n- KR1: Raise conversion to 68% by Q1 2027")]
    [InlineData("# Q4 2026 review and Q1 2027 plan")]
    [InlineData("# OKRs\nObjective: Make checkout effortless")]
    public void DocumentCycle_NoneOrSeveralInTheHeadings_IsNull(string text) => Assert.Null(DocumentCycle.Find(text));
}

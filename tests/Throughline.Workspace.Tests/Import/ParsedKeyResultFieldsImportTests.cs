using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>
/// Key result fields read by <see cref="Throughline.Core.Parsing.KeyResultTextParser"/> reach the imported model.
/// These depend on the parser (src/Throughline.Core/Parsing), not on the importer: they fail while it is a stub.
/// </summary>
[Trait("Needs", "KeyResultTextParser")]
public sealed class ParsedKeyResultFieldsImportTests
{
    private const string Document = """
        ## Team: Growth

        ### Objective 1: Activate new teams in their first week
        - KR1: Increase week-1 activation from 38% to 45% by 2026-08-31 (@priya) — 0.7
        - KR2: Cut p95 time to first report from 40 min to 15 min — 0.4
        - KR3: Ship the new welcome tour by Aug 15

        3. Payments: Make checkout effortless. Raise checkout conversion from 61% to 66%; cut payment failures below 1.5%
        """;

    private readonly ImportResult _result = ImportDocument(Document, "growth.md");

    [Fact]
    public void Import_KeyResultText_GivesBaselineTargetUnitAndDeadline()
    {
        var activation = _result.KeyResult("growth/O1-KR1");
        Assert.Equal((38.0, 45.0), (activation.Baseline, activation.Target));
        Assert.Equal((MeasureUnit.Percent, MetricDirection.Increase), (activation.MeasureUnit, activation.Direction));
        Assert.Equal(new DateOnly(2026, 8, 31), activation.Deadline);
    }

    [Fact]
    public void Import_OwnerTagAndScore_DoNotReachTheParser()
    {
        var deploy = _result.KeyResult("growth/O1-KR2");
        Assert.Equal((40.0, 15.0, MetricDirection.Decrease), (deploy.Baseline, deploy.Target, deploy.Direction));
    }

    [Fact]
    public void Import_DeadlineWithoutYear_ResolvesInTheCycleYear()
    {
        Assert.Equal(new DateOnly(2026, 8, 15), _result.KeyResult("growth/O1-KR3").Deadline);
    }

    [Fact]
    public void Import_InlineKeyResultsOfATeamLine_AreParsedOneByOne()
    {
        Assert.Equal((61.0, 66.0), (_result.KeyResult("payments/O1-KR1").Baseline, _result.KeyResult("payments/O1-KR1").Target));
        Assert.Equal(1.5, _result.KeyResult("payments/O1-KR2").Target);
    }

    [Fact]
    public void Import_TargetColumnThatContradictsTheText_WinsAndIsReported()
    {
        const string text = """
            | Objective | Key Result | Target |
            |---|---|---|
            | Make checkout effortless | Raise checkout conversion from 61% to 66% | 65 |
            """;

        var result = ImportDocument(text, "payments.md", defaultUnit: "payments");

        var keyResult = result.KeyResult("payments/O1-KR1");
        Assert.Equal((61.0, 65.0), (keyResult.Baseline, keyResult.Target));
        var contradiction = Assert.Single(result.WithCode(DiagnosticCodes.TextContradiction));
        Assert.Equal((Severity.Warning, 3), (contradiction.Severity, contradiction.Where!.Line));
    }

    [Fact]
    public void Import_CsvKeyResultWithoutValueColumns_IsParsedFromItsText()
    {
        var result = ImportDocument("Objective,Key Result\nKeep customers,Reduce 90-day churn from 8% to 5%\n", "cs.csv", defaultUnit: "customer-success");

        var churn = result.KeyResult("customer-success/O1-KR1");
        Assert.Equal((8.0, 5.0, MetricDirection.Decrease), (churn.Baseline, churn.Target, churn.Direction));
    }
}

using Throughline.Core.Knowledge;
using Throughline.Core.Parsing;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Knowledge;

/// <summary>Which lever a KR pulls, read from its measured phrase and direction; and which families a text speaks of.</summary>
public sealed class LeverReaderTests
{
    private static readonly LeverReader Reader = new(KnowledgeBase.BuiltIn);
    private static readonly FamilyCues Cues = new(KnowledgeBase.BuiltIn);

    private static string? LeverOf(string text)
    {
        var parsed = KeyResultTextParser.Parse(text, KrParseContext.ForCycle(new DateOnly(2026, 10, 5), new DateOnly(2027, 1, 3)));
        var kr = Kr("team", "O1", "KR1", text) with { Metric = parsed.Metric, Direction = parsed.Direction, Baseline = parsed.Baseline, Target = parsed.Target, MeasureUnit = parsed.Unit };
        return Reader.Read(kr)?.Lever.Id;
    }

    [Theory]
    [InlineData("Cut rider cost per order from EUR 3.40 to EUR 2.90", "cost_cut")]
    [InlineData("Cut voucher spend from 6% to 3.5% of GMV", "price_up")]
    [InlineData("Raise average service fee per order from EUR 0.90 to EUR 1.40", "price_up")]
    [InlineData("Grow trial signups from 2,100 to 2,500 a week", "intake_up")]
    [InlineData("Cut average handle time from 7.5 to 5 minutes", "rush_up")]
    [InlineData("Cut median delivery time from 38 to 31 minutes", "wait_down")]
    [InlineData("Cut store inventory days on hand from 82 to 66", "stock_down")]
    [InlineData("Cut cost per install from $1.90 to $1.30", "cheaper_intake")]
    [InlineData("Raise chatbot containment from 45% to 70% of contacts", "automation_up")]
    [InlineData("Raise driver earnings per online hour from $21 to $24", "earnings_up")]
    [InlineData("Cut late deliveries from 9% to 5%", "quality_up")]
    [InlineData("Cut overpayments detected in the sample from 3.1% to 2.2%", "control_up")]
    [InlineData("Grow net postpaid additions from 40k to 55k per quarter", "intake_up")]
    [InlineData("Add 120k new verified members, up from 80k", "intake_up")]
    [InlineData("Cut quote form questions from 38 to 15", "friction_down")]
    [InlineData("Auto-settle 40% of glass and minor motor claims", "friction_down")]
    [InlineData("Raise the share of identity checks passed automatically from 55% to 80%", "friction_down")]
    public void Read_NamesTheLeverTheKrPulls(string text, string lever) => Assert.Equal(lever, LeverOf(text));

    [Theory]
    [InlineData("Run 6 customer webinars")]
    [InlineData("Audit-log export available to all enterprise tenants")]
    [InlineData("Keep checkout completion at or above 80%")]
    [InlineData("Raise viewing hours per subscriber from 6.1 to 7.0 a week")]
    [InlineData("Raise orders delivered per courier hour from 1.9 to 2.4")]
    public void Read_DeliverablesLevelsHeldAndModifiers_PullNoCountingLever(string text) =>
        Assert.NotEqual("intake_up", LeverOf(text) ?? "none");

    [Theory]
    [InlineData("Cut median pickup ETA from 6 to 4 minutes", "wait_down")]
    [InlineData("Shorten the sales cycle from 74 to 55 days", "wait_down")]
    [InlineData("Onboard 900 new drivers, up from 600", "intake_up")]
    [InlineData("Close 220 new mid-market deals, up from 150", "intake_up")]
    public void Read_NoCueWord_ReadsTheShape(string text, string lever) => Assert.Equal(lever, LeverOf(text));

    [Fact]
    public void Read_NumberedCompound_IsNoCue() => Assert.NotEqual("wait_down", LeverOf("Cut 90-day delinquency on new loans from 4.1% to 3.2%"));

    [Fact]
    public void Read_ALevelHeld_PullsNoLeverAtAll() => Assert.Null(LeverOf("Keep checkout completion at or above 80%"));

    [Fact]
    public void FamilyCues_ReadWhatATextIsAboutAndWhatThatMoves()
    {
        var support = Cues.Of("Increase share of support contacts resolved in the app");

        Assert.Contains(MetricFamily.Support, support);
        Assert.Contains(MetricFamily.Satisfaction, Cues.MovedBy(support));
        Assert.Contains(MetricFamily.Retention, Cues.Of("Cut churned accounts"));
        Assert.True(Cues.Of("the of and").IsEmpty);
    }
}

using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Core.Tests.Parsing;

/// <summary>Key results as other organisations write them: decimal commas, score suffixes, issue refs, versions, ranges.</summary>
public sealed class KeyResultTextParserWildTests
{
    private static readonly KrParseContext Q4 = KrParseContext.ForCycle(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));

    /// <summary>
    /// Decimal commas and dots that group thousands (European text), commas that group thousands, and one dot group
    /// that can only be a decimal (a time, a share, a magnitude, "4.125").
    /// </summary>
    [Theory]
    [InlineData("Reduce churn from 4,5% to 3,9%", 4.5, 3.9)]
    [InlineData("Chargeback ratio from 0,81% to 0,6%", 0.81, 0.6)]
    [InlineData("Cold start of the CLI from 2,7s to 2,0s", 2.7, 2.0)]
    [InlineData("Grow MAU from 4,500 to 6,000", 4500.0, 6000.0)]
    [InlineData("Raise average gift from €1.234,50 to €1.500,00", 1234.5, 1500.0)]
    [InlineData("Grow monthly recurring revenue from €48.000 to €60.000", 48000.0, 60000.0)]
    [InlineData("Raise annual donations from 1.250.000 to 1.400.000 EUR", 1250000.0, 1400000.0)]
    [InlineData("Grow members from 32.000 to 40.000", 32000.0, 40000.0)]
    [InlineData("Lower average basket cost from 12.500 CHF to 11.750 CHF", 12500.0, 11750.0)]
    [InlineData("Cut p95 latency from 1.250 s to 0.800 s", 1.25, 0.8)]
    [InlineData("Raise the average rating from 4.125 to 4.375", 4.125, 4.375)]
    [InlineData("Keep uptime from 99.900% to 99.950%", 99.9, 99.95)]
    [InlineData("Grow ARR from $1.500k to $2.100k", 1500.0, 2100.0)]
    public void Parse_NumberFormats_ReadEuropeanAndEnglishNumbers(string text, double baseline, double target)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal(baseline, result.Baseline);
        Assert.Equal(target, result.Target);
    }

    [Theory]
    [InlineData("80% of new learners attend at least one live cohort session in week 1", 80.0)]
    [InlineData("90% of orders ship with at least 2 items", 90.0)]
    public void Parse_OpeningShareOverACountedItem_IsTheTarget(string text, double target)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal(target, result.Target);
        Assert.Equal(MeasureUnit.Percent, result.Unit);
        Assert.Equal(MetricDirection.Increase, result.Direction);
        Assert.Empty(result.Unread);
    }

    [Theory]
    [InlineData("Sign 15 new hiring partners (currently 41)", 41.0, 15.0)]
    [InlineData("Add 200 new enterprise customers (from 1,150)", 1150.0, 200.0)]
    public void Parse_NewThingsOnTopOfALargerBaseline_AreAddedNotTheLevel(string text, double baseline, double added)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal(baseline, result.Baseline);
        Assert.Null(result.Target);
        Assert.Equal(new TargetChange(added, ChangeKind.Absolute), result.Change);
        Assert.Equal(MetricDirection.Increase, result.Direction);
    }

    [Theory]
    [InlineData("Reduce Sev-1 incidents from 7 last half to 2 or fewer", "Sev-1 incidents")]
    [InlineData("Referral share of new subscribers goes from 9% to 20%", "referral share of new subscribers")]
    [InlineData("Damaged-in-transit complaints cut in half", "Damaged-in-transit complaints")]
    [InlineData("Mis-pick rate under 0.3% (currently ~1.1%, which is costing us roughly $22k/month in reships)", "Mis-pick rate")]
    public void Parse_WordsAboutTheNumbers_StayOutOfTheMetric(string text, string metric) =>
        Assert.Equal(metric, KeyResultTextParser.Parse(text, Q4).Metric);

    [Fact]
    public void Parse_AddedThingsWithTheLevelStated_TakeTheLevelAsTarget()
    {
        var result = KeyResultTextParser.Parse("Enroll 12,000 additional customers in the Assist program (from 41,000 to 53,000)", Q4);

        Assert.Equal((41000.0, 53000.0), (result.Baseline, result.Target));
        Assert.Equal(MetricDirection.Increase, result.Direction);
        Assert.DoesNotContain("53,000", result.Metric, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhatAShareIsOfBetweenItsBaselineAndTarget_DoesNotHideTheTarget()
    {
        var result = KeyResultTextParser.Parse("Cut estimated bills from 6.8% of all bills to under 2%", Q4);

        Assert.Equal((6.8, 2.0), (result.Baseline, result.Target));
        Assert.Equal(MetricDirection.Decrease, result.Direction);
    }

    [Theory]
    [InlineData("Reduce billing-related complaints to the state PUC by 35% vs FY26 H1")]
    [InlineData("Grow qualified pipeline 20% compared with Q3 2026")]
    public void Parse_PeriodComparedWith_IsNoDeadline(string text) =>
        Assert.Null(KeyResultTextParser.Parse(text, Q4).Deadline);

    [Fact]
    public void Parse_NewThingsWithASmallerBaseline_AreTheLevelToReach()
    {
        var result = KeyResultTextParser.Parse("Grow to 150 new customers a month (currently 120)", Q4);

        Assert.Equal(120.0, result.Baseline);
        Assert.Equal(150.0, result.Target);
    }

    [Theory]
    [InlineData("Reduce Snowflake spend by 25% without slowing p95 dashboard queries (currently 3.2s)", "snowflake spend", "without slowing p95 dashboard queries")]
    [InlineData("Grow activation from 30% to 40% while keeping churn under 2%", "activation", "while keeping churn under 2%")]
    public void Parse_GuardrailClause_KeepsItsNumbersOutOfTheKeyResult(string text, string metric, string clause)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal(metric, result.Metric);
        Assert.NotEqual(3.2, result.Baseline);
        Assert.NotEqual(2.0, result.Target);
        Assert.NotEqual(MeasureUnit.Seconds, result.Unit);
        Assert.Contains(result.Unread, n => n.Contains(clause, StringComparison.Ordinal) && n.Contains("guardrail", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Blended CAC ≤ $350 (Q3: $420)", 420.0, 350.0)]
    [InlineData("Blended CAC ≤ $350 (last quarter: $420)", 420.0, 350.0)]
    public void Parse_EarlierPeriodLabelledValue_IsTheBaselineNotADeadline(string text, double baseline, double target)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal((baseline, target, "blended CAC"), (result.Baseline, result.Target, result.Metric));
        Assert.Null(result.Deadline);
    }

    [Fact]
    public void Parse_PeriodBeforeTheCycle_IsNoDeadline()
    {
        Assert.Null(KeyResultTextParser.Parse("Activation rate 15% higher than Q3", Q4).Deadline);
        Assert.Equal(new DateOnly(2026, 12, 31), KeyResultTextParser.Parse("Grow MRR to $1.2M by Q4", Q4).Deadline);
    }

    [Fact]
    public void Parse_PeriodWrittenWithBothValues_NamesItOnceInTheMetric()
    {
        var result = KeyResultTextParser.Parse("Cut data incidents reported by analysts from 14/month to 5/month", Q4);

        Assert.Equal("data incidents reported by analysts per month", result.Metric);
        Assert.Equal((14.0, 5.0), (result.Baseline, result.Target));
    }

    [Theory]
    [InlineData("CLI v3 released with plugin support => 70%")]
    [InlineData("Deprecate the legacy Jenkins — 0.6")]
    [InlineData("Open banking API sandbox available to partners (&45)")]
    [InlineData("Deprecate API v1 endpoints &112")]
    [InlineData("Ship SSO (gitlab-org/gitlab#4123)")]
    [InlineData("Docs site search powered by Algolia (#1887)")]
    [InlineData("Contributor guide rewritten (see https://github.com/acme/kit/issues/77)")]
    [InlineData("Kubernetes 1.31 upgrade done on all prod clusters")]
    [InlineData("LMS migrated to Moodle 4.4 before spring term")]
    [InlineData("Postgres 16 upgrade for the billing cluster")]
    [InlineData("Deprecation warnings for v1 config format in 4.2 release")]
    [InlineData("Impact report 2025 published")]
    [InlineData("Customer 360 table published in the warehouse")]
    [InlineData("Mutual action plans used in every deal > $50k")]
    [InlineData("Content calendar for H1 2027 agreed")]
    public void Parse_ScoresRefsVersionsAndYears_ReadsNoValue(string text)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Null(result.Target);
        Assert.Null(result.Baseline);
        Assert.Null(result.Change);
    }

    [Theory]
    [InlineData("Grow paid seats to 12k => 40%", 12000.0)]
    [InlineData("Increase activation to 40% => 0.5", 40.0)]
    public void Parse_ArrowScoreAfterTheValue_KeepsTheValue(string text, double target)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal(target, result.Target);
        Assert.Null(result.Baseline);
    }

    [Theory]
    [InlineData("Activation 40% => 60%", 40.0, 60.0)]
    [InlineData("NPS 30 => 45", 30.0, 45.0)]
    [InlineData("Broken dashboard reports per week 6 → 2", 6.0, 2.0)]
    public void Parse_ArrowBetweenValues_ReadsBaselineAndTarget(string text, double baseline, double target)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal(baseline, result.Baseline);
        Assert.Equal(target, result.Target);
    }

    [Theory]
    [InlineData("Keep error budget burn between 20% and 60% through Q4")]
    [InlineData("Keep NPS between 40 and 50")]
    public void Parse_Range_ReadsNoSingleTargetAndSaysSo(string text)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Null(result.Target);
        Assert.Null(result.Baseline);
        Assert.Contains(result.Unread, note => note.Contains("range", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Save $N per day in cloud spend")]
    [InlineData("Expansion revenue of $N from existing accounts by EOY")]
    [InlineData("Reduce churn to X% by EOQ")]
    public void Parse_Placeholder_InventsNoNumber(string text)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Null(result.Target);
        Assert.Null(result.Change);
        Assert.NotEmpty(result.Unread);
    }

    [Theory]
    [InlineData("Partner referral program launched with 10 partners", 10.0)]
    [InlineData("Runbooks for top 20 alerts", 20.0)]
    [InlineData("Roll out instant payouts to all sellers, with 30% opting in", 30.0)]
    [InlineData("Migrate the queue to SQS and cut message loss to zero", 0.0)]
    public void Parse_DeliveryScope_IsTheTargetWhenNothingElseIs(string text, double target)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal(target, result.Target);
    }

    [Theory]
    [InlineData("Reduce churn with 3 new save playbooks")]
    [InlineData("Test a usage-based pricing add-on with 200 self-serve accounts")]
    public void Parse_CountAfterWithUnderChangeVerbOrInATest_IsNotTheTarget(string text)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Null(result.Target);
    }

    [Theory]
    [InlineData("Reduce p95 latency to 300ms and error rate below 0.5%", 300.0, MeasureUnit.Milliseconds)]
    [InlineData("Launch checkout v2 and grow conversion from 2.1% to 2.6%", 2.6, MeasureUnit.Percent)]
    public void Parse_CompoundKr_ReadsTheFirstTarget(string text, double target, MeasureUnit unit)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal(target, result.Target);
        Assert.Equal(unit, result.Unit);
    }

    [Theory]
    [InlineData("Attendance at 95% or above by end of term (Dec 2026)", "2026-12-31")]
    [InlineData("Territory plan for FY27 approved", null)]
    [InlineData("Content calendar for H1 2027 agreed", null)]
    [InlineData("Hiring plan for Q4 signed off", "2026-12-31")]
    [InlineData("VP Eng KR: Enhanced support offering ready for launch in Q1 2027 => 60%", "2027-03-31")]
    public void Parse_WildDeadlines_ResolveOnlyRealDates(string text, string? expected)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Deadline);
    }

    [Theory]
    [InlineData("Zero critical findings open > 30 days", 0.0)]
    [InlineData("Bugs older than 14 days: 0", 0.0)]
    [InlineData("Generate 300 marketing qualified leads that convert to SQL at 20% or better", 300.0)]
    [InlineData("Cost per meal delivered below €0,85", 0.85)]
    [InlineData("Median time to first review on community PRs < 48h", 48.0)]
    [InlineData("Keep email open rate above 30%", 30.0)]
    public void Parse_NumbersThatDescribeWhatIsCounted_AreNotTheTarget(string text, double target)
    {
        var result = KeyResultTextParser.Parse(text, Q4);

        Assert.Equal(target, result.Target);
    }
}

using System.Globalization;
using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Core.Tests.Parsing;

public sealed class KeyResultTextParserEdgeTests
{
    private static readonly KrParseContext Q1 = KrParseContext.ForCycle(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 5));

    [Theory]
    [InlineData("**KR1:** Grow ARR to $12M (P0, @dana)", "ARR", 12000000.0, MeasureUnit.Currency)]
    [InlineData("- [ ] KR2 — Reduce p99 checkout latency to <= 400 ms 🚀 | 0.7", "p99 checkout latency", 400.0, MeasureUnit.Milliseconds)]
    [InlineData("1. Increase DAU/MAU ratio from 0.32 to 0.40 — @maria", "DAU/MAU ratio", 0.4, MeasureUnit.Multiple)]
    [InlineData("* **Grow** self-serve revenue to **$2.5M** by [Q3 2026](https://jira.example.com/browse/OKR-12) ✅", "self-serve revenue", 2500000.0, MeasureUnit.Currency)]
    [InlineData("KR3: Reduce checkout abandonment from 68% to 60% (owner: Priya) 0.4", "checkout abandonment", 60.0, MeasureUnit.Percent)]
    [InlineData("[P1] Cut incident count from 20 to 10", "incident count", 10.0, MeasureUnit.Count)]
    [InlineData("_Increase_ retention from 80% to 85%", "retention", 85.0, MeasureUnit.Percent)]
    [InlineData("| O2 | Increase retention from 80% to 85% | Owner | 0.7 |", "retention", 85.0, MeasureUnit.Percent)]
    [InlineData("Increase retention from 80% to 85%\tSam\t0.7", "retention", 85.0, MeasureUnit.Percent)]
    [InlineData("Sign 5 design partners [Owner: Sam]", "design partners signed", 5.0, MeasureUnit.Count)]
    [InlineData("Launch 3 new integrations — owner: Sam", "new integrations launched", 3.0, MeasureUnit.Count)]
    [InlineData("Deliver 5 customer workshops 🎉🎉 #enablement", "customer workshops delivered", 5.0, MeasureUnit.Count)]
    [InlineData("O1-KR2: `Reach 8,000 WAU` (@sam, P0) — score 0.6", "WAU", 8000.0, MeasureUnit.Count)]
    [InlineData("• Grow NPS to 45 by Q2 0.7", "NPS", 45.0, MeasureUnit.Score)]
    [InlineData("Reduce error rate to 0.5", "error rate", 0.5, MeasureUnit.Count)]
    [InlineData("✅ Reduce refund rate to under 1.5% :tada:", "refund rate", 1.5, MeasureUnit.Percent)]
    [InlineData("Improve CSAT to 4.6 <br> (owner: support)", "CSAT", 4.6, MeasureUnit.Score)]
    public void Parse_MessyText_ReadsThroughTheNoise(string text, string metric, double target, MeasureUnit unit)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Equal(metric, result.Metric);
        Assert.Equal(target, result.Target);
        Assert.Equal(unit, result.Unit);
    }

    [Theory]
    [InlineData("Launch the new dashboard", null)]
    [InlineData("Ship SSO by March", "2026-03-31")]
    [InlineData("Complete Phase 1", null)]
    [InlineData("Achieve SOC 2 Type II certification by Q3", "2026-09-30")]
    [InlineData("Ship v2 of the mobile app", null)]
    [InlineData("Finish the ISO 27001 audit by end of Q2", "2026-06-30")]
    [InlineData("Roll out the new pricing page in H1", "2026-06-30")]
    [InlineData("Migrate billing to Stripe by 2026-05-15", "2026-05-15")]
    [InlineData("**Launch** partner portal (P1, @li) EOQ", "2026-04-05")]
    public void Parse_OutputKeyResult_HasNoMetricButKeepsTheDeadline(string text, string? deadline)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Null(result.Metric);
        Assert.Null(result.Target);
        Assert.Null(result.Direction);
        Assert.Equal(deadline is null ? null : Date(deadline), result.Deadline);
    }

    [Theory]
    [InlineData("Improve user engagement", "user engagement", MetricDirection.Increase)]
    [InlineData("Eliminate Sev1 incidents", "Sev1 incidents", MetricDirection.Decrease)]
    [InlineData("Reduce churn", "churn", MetricDirection.Decrease)]
    public void Parse_OutcomeVerbWithoutNumber_NamesMetricButNoTarget(string text, string metric, MetricDirection direction)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Equal(metric, result.Metric);
        Assert.Equal(direction, result.Direction);
        Assert.Null(result.Target);
        Assert.Null(result.Change);
        Assert.Equal(MeasureUnit.Unspecified, result.Unit);
    }

    [Theory]
    [InlineData("Grow revenue to $N by Q3", "placeholder target \"$N\"")]
    [InlineData("Increase conversion to X% by EOQ", "placeholder target \"X%\"")]
    [InlineData("Reduce churn from X% to Y%", "placeholder baseline \"X%\"")]
    [InlineData("Reduce churn from X% to Y%", "placeholder target \"Y%\"")]
    [InlineData("Improve CSAT to ?? (baseline TBD)", "placeholder target \"??\"")]
    [InlineData("Improve CSAT to ?? (baseline TBD)", "placeholder baseline \"TBD\"")]
    [InlineData("Onboard N users", "placeholder target \"N\"")]
    [InlineData("Increase activation to [target] by Q3", "placeholder target \"[target]\"")]
    [InlineData("Grow NPS to TBD", "placeholder target \"TBD\"")]
    [InlineData("Increase retention by XX%", "placeholder change \"XX%\"")]
    public void Parse_Placeholder_ReportsItAndInventsNoNumber(string text, string note)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Contains(note, result.Unread);
        Assert.Null(result.Target);
        Assert.Null(result.Baseline);
        Assert.Null(result.Change);
    }

    [Fact]
    public void Parse_PlaceholderMoney_KeepsTheCurrency()
    {
        var result = KeyResultTextParser.Parse("Grow revenue to $N by Q3", Q1);

        Assert.Equal(MeasureUnit.Currency, result.Unit);
        Assert.Equal("USD", result.Currency);
        Assert.Equal("revenue", result.Metric);
    }

    [Theory]
    [InlineData("Hire 2 PMs and 3 engineers", 2.0)]
    [InlineData("Grow revenue 10% 20% 30%", null)]
    [InlineData("Scale to 10,000 concurrent users with p99 < 1s", 10000.0)]
    [InlineData("Grow ARR to $12M with 3 new enterprise logos and 2 partners", 12000000.0)]
    public void Parse_AmbiguousNumbers_PicksConservativelyAndSaysSo(string text, double? target)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Equal(target, result.Target);
        Assert.NotEmpty(result.Unread);
    }

    [Theory]
    [InlineData("Test advanced filtering with 100 users; 70%+ find it valuable", "70%+ find it valuable", 70.0)]
    [InlineData("Validate willingness to pay — pass if ≥ 8 of 20 prospects sign an LOI", "≥ 8 of 20 prospects sign an LOI", 8.0)]
    [InlineData("If ≥ 40% of trial users invite a teammate, then build team plans", "≥ 40% of trial users invite a teammate", 40.0)]
    [InlineData("Run pricing experiment with 500 visitors (pass/fail: conversion ≥ 3%)", "conversion ≥ 3%", 3.0)]
    [InlineData("Fake-door test for AI summaries: 70% positive feedback = pass", "70% positive feedback", 70.0)]
    public void Parse_RatStyle_ReadsPassThreshold(string text, string threshold, double target)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.True(result.IsRat);
        Assert.Equal(threshold, result.PassThreshold);
        Assert.Equal(target, result.Target);
    }

    [Theory]
    [InlineData("Increase test coverage to 80%")]
    [InlineData("Reduce flaky tests from 40 to 10")]
    public void Parse_WordTestInAMetric_IsNotARat(string text)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.False(result.IsRat);
        Assert.Null(result.PassThreshold);
    }

    [Theory]
    [InlineData("Increase weekly active users from 5,000 to 8,000 by end of Q2", "by end of Q2", "2026-06-30")]
    [InlineData("Increase trial-to-paid conversion from 12% to 15% in H1", "in H1", "2026-06-30")]
    [InlineData("Reduce time-to-hire to 35 days by Q3'26", "by Q3'26", "2026-09-30")]
    [InlineData("Improve NPS from 30 to 45 by FY26 Q2", "by FY26 Q2", "2026-06-30")]
    [InlineData("Increase revenue by 20% to $12M by December 31, 2026", "by December 31, 2026", "2026-12-31")]
    [InlineData("Get 5 enterprise logos live on SSO by 15 March", "by 15 March", "2026-03-15")]
    [InlineData("Improve on-time delivery to 98% within the quarter", "within the quarter", "2026-04-05")]
    [InlineData("Reduce build time from 25 min to 10 min by week 8", "by week 8", "2026-03-01")]
    public void Parse_DeadlineInsideKeyResult_IsReadAndLeftOutOfTheMetric(string text, string deadlineText, string date)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Equal(deadlineText, result.DeadlineText);
        Assert.Equal(Date(date), result.Deadline);
        Assert.DoesNotContain(deadlineText, result.Metric, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("70% of new accounts complete onboarding within 7 days")]
    [InlineData("Retain 40% of users in 30 days")]
    [InlineData("Increase 30-day retention from 40% to 45%")]
    [InlineData("Respond to 95% of tickets in their first week")]
    [InlineData("Lift week 1 retention to 60%")]
    public void Parse_DurationInTheMetric_IsNotADeadline(string text)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Null(result.Deadline);
        Assert.Null(result.DeadlineText);
        Assert.NotNull(result.Target);
    }

    [Fact]
    public void Parse_CycleDeadlineWithoutCycle_KeepsThePhraseAndSaysWhy()
    {
        var result = KeyResultTextParser.Parse("Reach 8,000 WAU by EOQ", new KrParseContext(2026));

        Assert.Equal("by EOQ", result.DeadlineText);
        Assert.Null(result.Deadline);
        Assert.Contains(result.Unread, u => u.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EmptyText_ReadsNothing()
    {
        var result = KeyResultTextParser.Parse("  ** **  ", Q1);

        Assert.Null(result.Metric);
        Assert.Null(result.Target);
        Assert.Equal(MeasureUnit.Unspecified, result.Unit);
        Assert.Empty(result.Unread);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

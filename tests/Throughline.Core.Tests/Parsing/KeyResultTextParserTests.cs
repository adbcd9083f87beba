using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Core.Tests.Parsing;

public sealed class KeyResultTextParserTests
{
    private static readonly KrParseContext Q1 = KrParseContext.ForCycle(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 5));

    [Theory]
    [InlineData("Increase weekly active users of advanced features from 5,000 to 8,000 by end of Q2", "weekly active users of advanced features", MetricDirection.Increase, 5000.0, 8000.0, MeasureUnit.Count)]
    [InlineData("Increase week-1 activation from 38% to 45% by end of Q1", "week-1 activation", MetricDirection.Increase, 38.0, 45.0, MeasureUnit.Percent)]
    [InlineData("Median time to first shared dashboard from 9 days to 4 days", "median time to first shared dashboard", MetricDirection.Decrease, 9.0, 4.0, MeasureUnit.Days)]
    [InlineData("Improve p95 latency from 800ms to 300ms", "p95 latency", MetricDirection.Decrease, 800.0, 300.0, MeasureUnit.Milliseconds)]
    [InlineData("Reduce time to first value from 14 to 7 days", "time to first value", MetricDirection.Decrease, 14.0, 7.0, MeasureUnit.Days)]
    [InlineData("NRR 108→115%", "NRR", MetricDirection.Increase, 108.0, 115.0, MeasureUnit.Percent)]
    [InlineData("Churn: 2.1% → 1.5% MoM", "churn MoM", MetricDirection.Decrease, 2.1, 1.5, MeasureUnit.Percent)]
    [InlineData("eNPS from 32 to 40", "eNPS", MetricDirection.Increase, 32.0, 40.0, MeasureUnit.Score)]
    [InlineData("Increase CSAT from 4.2/5 to 4.5/5", "CSAT", MetricDirection.Increase, 4.2, 4.5, MeasureUnit.Score)]
    [InlineData("Improve app rating from 4.1★ to 4.6★", "app rating", MetricDirection.Increase, 4.1, 4.6, MeasureUnit.Stars)]
    [InlineData("Raise average order value from €42 to €48", "average order value", MetricDirection.Increase, 42.0, 48.0, MeasureUnit.Currency)]
    [InlineData("Reduce monthly infra cost from $180k to $140k by EOY", "monthly infra cost", MetricDirection.Decrease, 180000.0, 140000.0, MeasureUnit.Currency)]
    [InlineData("Grow MRR from $1.2M to 1.5M", "MRR", MetricDirection.Increase, 1200000.0, 1500000.0, MeasureUnit.Currency)]
    [InlineData("Grow weekly active teams from 1.2k to 2k by Sep 30", "weekly active teams", MetricDirection.Increase, 1200.0, 2000.0, MeasureUnit.Count)]
    [InlineData("Grow MAU from 5 to 8k", "MAU", MetricDirection.Increase, 5000.0, 8000.0, MeasureUnit.Count)]
    [InlineData("Increase WAU 5k -> 8k", "WAU", MetricDirection.Increase, 5000.0, 8000.0, MeasureUnit.Count)]
    [InlineData("Grow paying customers 1,200 → 1,800 by 6/30", "paying customers", MetricDirection.Increase, 1200.0, 1800.0, MeasureUnit.Count)]
    [InlineData("Boost activation rate 30% to 40%", "activation rate", MetricDirection.Increase, 30.0, 40.0, MeasureUnit.Percent)]
    [InlineData("Increase conversion 3.1% => 3.8%", "conversion", MetricDirection.Increase, 3.1, 3.8, MeasureUnit.Percent)]
    [InlineData("Reduce DSO from 52 to 45 days by end of year", "DSO", MetricDirection.Decrease, 52.0, 45.0, MeasureUnit.Days)]
    [InlineData("Cut content cost per viewing hour from EUR 0.61 to EUR 0.52", "content cost per viewing hour", MetricDirection.Decrease, 0.61, 0.52, MeasureUnit.Currency)]
    [InlineData("Raise new users following 3+ athletes in week one from 20% to 32%", "new users following 3+ athletes in week one", MetricDirection.Increase, 20.0, 32.0, MeasureUnit.Percent)]
    [InlineData("Reduce mean time to recovery (MTTR) from 4h to 1h", "mean time to recovery (MTTR)", MetricDirection.Decrease, 4.0, 1.0, MeasureUnit.Hours)]
    [InlineData("Cut time to close from 9 to 5 business days", "time to close", MetricDirection.Decrease, 9.0, 5.0, MeasureUnit.Days)]
    [InlineData("Reduce build time from 25 min to 10 min by week 8", "build time", MetricDirection.Decrease, 25.0, 10.0, MeasureUnit.Minutes)]
    [InlineData("Cut onboarding from 3 weeks to 1 week", "onboarding", MetricDirection.Decrease, 3.0, 1.0, MeasureUnit.Weeks)]
    [InlineData("Reorder in ≤ 3 taps for 80% of repeat orders — currently 35%", "reorder in ≤ 3 taps for repeat orders", MetricDirection.Increase, 35.0, 80.0, MeasureUnit.Percent)]
    [InlineData("Median first response from 4 hours to 30 minutes", "median first response", MetricDirection.Decrease, 240.0, 30.0, MeasureUnit.Minutes)]
    [InlineData("Time to first payroll from 2 weeks to 5 days", "time to first payroll", MetricDirection.Decrease, 14.0, 5.0, MeasureUnit.Days)]
    [InlineData("Increase DAU/MAU ratio from 0.32 to 0.40", "DAU/MAU ratio", MetricDirection.Increase, 0.32, 0.4, MeasureUnit.Multiple)]
    [InlineData("Increase the number of paying customers from 120 to 200 in Q2", "number of paying customers", MetricDirection.Increase, 120.0, 200.0, MeasureUnit.Count)]
    [InlineData("Increase the % of users who create a report from 20% to 35%", "share of users who create a report", MetricDirection.Increase, 20.0, 35.0, MeasureUnit.Percent)]
    [InlineData("Increase D30 retention from 22% to 28%", "D30 retention", MetricDirection.Increase, 22.0, 28.0, MeasureUnit.Percent)]
    [InlineData("Increase 30-day retention from 40% to 45%", "30-day retention", MetricDirection.Increase, 40.0, 45.0, MeasureUnit.Percent)]
    [InlineData("Reduce P1 incidents from 12 to 4 per quarter", "P1 incidents per quarter", MetricDirection.Decrease, 12.0, 4.0, MeasureUnit.Count)]
    [InlineData("Decrease cost per ticket from $9.50 to $7", "cost per ticket", MetricDirection.Decrease, 9.5, 7.0, MeasureUnit.Currency)]
    [InlineData("Increase offer acceptance rate from 70% to 85% by H2", "offer acceptance rate", MetricDirection.Increase, 70.0, 85.0, MeasureUnit.Percent)]
    [InlineData("Grow to 50 paying customers (up from 30)", "paying customers", MetricDirection.Increase, 30.0, 50.0, MeasureUnit.Count)]
    [InlineData("Increase activation to 45% (baseline: 38%)", "activation", MetricDirection.Increase, 38.0, 45.0, MeasureUnit.Percent)]
    [InlineData("Reduce open vulnerabilities (CVSS ≥ 7) from 40 to 0", "open vulnerabilities (CVSS ≥ 7)", MetricDirection.Decrease, 40.0, 0.0, MeasureUnit.Count)]
    [InlineData("Increase ARR from USD 1.2M to USD 2M by 30 June", "ARR", MetricDirection.Increase, 1200000.0, 2000000.0, MeasureUnit.Currency)]
    public void Parse_BaselineAndTarget_ReadsBothWithDirectionAndUnit(
        string text, string metric, MetricDirection direction, double baseline, double target, MeasureUnit unit)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Equal(metric, result.Metric);
        Assert.Equal(direction, result.Direction);
        Assert.Equal(baseline, result.Baseline);
        Assert.Equal(target, result.Target);
        Assert.Equal(unit, result.Unit);
        Assert.Empty(result.Unread);
    }

    [Theory]
    [InlineData("Reach 8,000 WAU", "WAU", MetricDirection.Increase, 8000.0, MeasureUnit.Count)]
    [InlineData("Hire 3 senior engineers", "senior engineers hired", MetricDirection.Increase, 3.0, MeasureUnit.Count)]
    [InlineData("Hire three senior engineers by week 6", "senior engineers hired", MetricDirection.Increase, 3.0, MeasureUnit.Count)]
    [InlineData("Close 40 enterprise deals in EMEA by June 30", "enterprise deals closed in EMEA", MetricDirection.Increase, 40.0, MeasureUnit.Count)]
    [InlineData("Migrate 12 services to Kubernetes by 2026-06-30", "services migrated to Kubernetes", MetricDirection.Increase, 12.0, MeasureUnit.Count)]
    [InlineData("Launch in 3 new markets in H1", "new markets launched", MetricDirection.Increase, 3.0, MeasureUnit.Count)]
    [InlineData("Publish 12 customer case studies this quarter", "customer case studies published", MetricDirection.Increase, 12.0, MeasureUnit.Count)]
    [InlineData("Onboard 25 new sellers per week", "new sellers onboarded per week", MetricDirection.Increase, 25.0, MeasureUnit.Count)]
    [InlineData("70% of new accounts complete onboarding within 7 days", "new accounts complete onboarding within 7 days", MetricDirection.Increase, 70.0, MeasureUnit.Percent)]
    [InlineData("Self-serve refunds for 60% of eligible issues", "Self-serve refunds for eligible issues", MetricDirection.Increase, 60.0, MeasureUnit.Percent)]
    [InlineData("Errors in 2% of payroll runs", "errors in payroll runs", MetricDirection.Decrease, 2.0, MeasureUnit.Percent)]
    [InlineData("Crashes for under 1% of sessions", "crashes for sessions", MetricDirection.Decrease, 1.0, MeasureUnit.Percent)]
    [InlineData("Get 70% of new accounts to complete onboarding within 7 days", "new accounts to complete onboarding within 7 days", MetricDirection.Increase, 70.0, MeasureUnit.Percent)]
    [InlineData("Resolve 90% of P1 tickets within 4 hours", "P1 tickets resolved within 4 hours", MetricDirection.Increase, 90.0, MeasureUnit.Percent)]
    [InlineData("Answer 80% of chats within 60 seconds", "chats answered within 60 seconds", MetricDirection.Increase, 80.0, MeasureUnit.Percent)]
    [InlineData("Retain 40% of users in 30 days", "users retained in 30 days", MetricDirection.Increase, 40.0, MeasureUnit.Percent)]
    [InlineData("Grow ARR to $12M", "ARR", MetricDirection.Increase, 12000000.0, MeasureUnit.Currency)]
    [InlineData("Grow marketplace GMV to €3bn by 2027", "marketplace GMV", MetricDirection.Increase, 3000000000.0, MeasureUnit.Currency)]
    [InlineData("Reach 1M downloads by end of 2026", "downloads", MetricDirection.Increase, 1000000.0, MeasureUnit.Count)]
    [InlineData("Increase app store rating to 4.7 stars", "app store rating", MetricDirection.Increase, 4.7, MeasureUnit.Stars)]
    [InlineData("Achieve 95% test coverage on the billing service", "test coverage on the billing service", MetricDirection.Increase, 95.0, MeasureUnit.Percent)]
    [InlineData("Improve first-contact resolution to 75%", "first-contact resolution", MetricDirection.Increase, 75.0, MeasureUnit.Percent)]
    [InlineData("Reduce page load time (LCP) to 2.5 s", "page load time (LCP)", MetricDirection.Decrease, 2.5, MeasureUnit.Seconds)]
    [InlineData("Reduce p95 to 200ms", "p95", MetricDirection.Decrease, 200.0, MeasureUnit.Milliseconds)]
    [InlineData("Improve checkout p95 latency to 300ms", "checkout p95 latency", MetricDirection.Decrease, 300.0, MeasureUnit.Milliseconds)]
    [InlineData("LTV:CAC ratio to 3x", "LTV:CAC ratio", null, 3.0, MeasureUnit.Multiple)]
    [InlineData("Achieve 2x pipeline coverage", "pipeline coverage", MetricDirection.Increase, 2.0, MeasureUnit.Multiple)]
    [InlineData("Achieve zero critical security findings", "critical security findings", MetricDirection.Decrease, 0.0, MeasureUnit.Count)]
    [InlineData("Reduce support backlog to 0", "support backlog", MetricDirection.Decrease, 0.0, MeasureUnit.Count)]
    [InlineData("Hit $500k in new bookings", "new bookings", MetricDirection.Increase, 500000.0, MeasureUnit.Currency)]
    [InlineData("NPS of 45 by end of H1", "NPS", null, 45.0, MeasureUnit.Score)]
    [InlineData("Sign 5 design partners", "design partners signed", MetricDirection.Increase, 5.0, MeasureUnit.Count)]
    [InlineData("Close the books in 5 business days", "books closed", MetricDirection.Decrease, 5.0, MeasureUnit.Days)]
    public void Parse_TargetOnly_ReadsTargetDirectionAndUnit(
        string text, string metric, MetricDirection? direction, double target, MeasureUnit unit)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Equal(metric, result.Metric);
        Assert.Equal(direction, result.Direction);
        Assert.Null(result.Baseline);
        Assert.Equal(target, result.Target);
        Assert.Equal(unit, result.Unit);
    }

    [Theory]
    [InlineData("p95 API latency under 200 ms", "p95 API latency", MetricDirection.Decrease, null, 200.0, MeasureUnit.Milliseconds)]
    [InlineData("p95 < 300ms on /search", "p95 on /search", MetricDirection.Decrease, null, 300.0, MeasureUnit.Milliseconds)]
    [InlineData("NRR ≥ 115%", "NRR", MetricDirection.Increase, null, 115.0, MeasureUnit.Percent)]
    [InlineData("CSAT ≥ 4.6", "CSAT", MetricDirection.Increase, null, 4.6, MeasureUnit.Score)]
    [InlineData("NPS >= 45", "NPS", MetricDirection.Increase, null, 45.0, MeasureUnit.Score)]
    [InlineData("Time to hire < 30 days", "time to hire", MetricDirection.Decrease, null, 30.0, MeasureUnit.Days)]
    [InlineData("Bring CAC payback under 12 months", "CAC payback", MetricDirection.Decrease, null, 12.0, MeasureUnit.Months)]
    [InlineData("First response time under 2 hours for P1 tickets", "first response time for P1 tickets", MetricDirection.Decrease, null, 2.0, MeasureUnit.Hours)]
    [InlineData("Reduce refund rate to under 1.5%", "refund rate", MetricDirection.Decrease, null, 1.5, MeasureUnit.Percent)]
    [InlineData("Reduce voluntary attrition to < 10% annualized", "voluntary attrition annualized", MetricDirection.Decrease, null, 10.0, MeasureUnit.Percent)]
    [InlineData("Increase cross-sell attach rate to 25%+", "cross-sell attach rate", MetricDirection.Increase, null, 25.0, MeasureUnit.Percent)]
    [InlineData("Maintain uptime at 99.95%", "uptime", MetricDirection.Maintain, TargetBound.AtLeast, 99.95, MeasureUnit.Percent)]
    [InlineData("Keep churn below 2%", "churn", MetricDirection.Maintain, TargetBound.AtMost, 2.0, MeasureUnit.Percent)]
    [InlineData("Keep churn at or below 3% monthly", "churn monthly", MetricDirection.Maintain, TargetBound.AtMost, 3.0, MeasureUnit.Percent)]
    [InlineData("Hold gross margin above 72%", "gross margin", MetricDirection.Maintain, TargetBound.AtLeast, 72.0, MeasureUnit.Percent)]
    [InlineData("Maintain SLA compliance ≥ 99.5%", "SLA compliance", MetricDirection.Maintain, TargetBound.AtLeast, 99.5, MeasureUnit.Percent)]
    [InlineData("Stay below 0.1% error rate on checkout API", "error rate on checkout API", MetricDirection.Maintain, TargetBound.AtMost, 0.1, MeasureUnit.Percent)]
    [InlineData("Keep p95 under 250ms while traffic doubles", "p95", MetricDirection.Maintain, TargetBound.AtMost, 250.0, MeasureUnit.Milliseconds)]
    [InlineData("Maintain 99.9% availability for the payments API", "availability for the payments API", MetricDirection.Maintain, TargetBound.AtLeast, 99.9, MeasureUnit.Percent)]
    [InlineData("Uptime stays at or above 99.9%", "uptime", MetricDirection.Maintain, TargetBound.AtLeast, 99.9, MeasureUnit.Percent)]
    [InlineData("Reduce unplanned work to ≤ 20% of sprint capacity", "unplanned work of sprint capacity", MetricDirection.Decrease, null, 20.0, MeasureUnit.Percent)]
    [InlineData("Users complete onboarding within 2 hours", "users complete onboarding", MetricDirection.Decrease, null, 2.0, MeasureUnit.Hours)]
    public void Parse_Comparator_ReadsTargetWithDirectionAndBound(
        string text, string metric, MetricDirection direction, TargetBound? bound, double target, MeasureUnit unit)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Equal(metric, result.Metric);
        Assert.Equal(direction, result.Direction);
        Assert.Equal(bound, result.Bound);
        Assert.Equal(target, result.Target);
        Assert.Equal(unit, result.Unit);
    }

    [Theory]
    [InlineData("Increase engagement by 20%", "engagement", MetricDirection.Increase, 20.0, ChangeKind.Percent)]
    [InlineData("Increase enterprise signups by 30%", "enterprise signups", MetricDirection.Increase, 30.0, ChangeKind.Percent)]
    [InlineData("Reduce support tickets per 1,000 users by 15%", "support tickets per 1,000 users", MetricDirection.Decrease, 15.0, ChangeKind.Percent)]
    [InlineData("Grow revenue 20% YoY", "revenue", MetricDirection.Increase, 20.0, ChangeKind.Percent)]
    [InlineData("KR 1.2 - Grow active users 15% MoM", "active users", MetricDirection.Increase, 15.0, ChangeKind.Percent)]
    [InlineData("Double weekly signups", "weekly signups", MetricDirection.Increase, 2.0, ChangeKind.Multiple)]
    [InlineData("Halve onboarding time by EOQ", "onboarding time", MetricDirection.Decrease, 2.0, ChangeKind.Multiple)]
    [InlineData("Reduce churn by half", "churn", MetricDirection.Decrease, 2.0, ChangeKind.Multiple)]
    [InlineData("Grow pipeline 3x", "pipeline", MetricDirection.Increase, 3.0, ChangeKind.Multiple)]
    [InlineData("Grow signups by 2x by H2", "signups", MetricDirection.Increase, 2.0, ChangeKind.Multiple)]
    [InlineData("Increase NPS by 5 points", "NPS", MetricDirection.Increase, 5.0, ChangeKind.Absolute)]
    [InlineData("Raise eNPS by 10 pts", "eNPS", MetricDirection.Increase, 10.0, ChangeKind.Absolute)]
    [InlineData("Reduce churn by 0.5pp", "churn", MetricDirection.Decrease, 0.5, ChangeKind.Absolute)]
    [InlineData("Lift email open rate +3pp", "email open rate", MetricDirection.Increase, 3.0, ChangeKind.Absolute)]
    [InlineData("Checkout conversion -50 bps", "checkout conversion", MetricDirection.Decrease, 0.5, ChangeKind.Absolute)]
    [InlineData("Increase inbound SQLs by 2,000 per quarter", "inbound SQLs per quarter", MetricDirection.Increase, 2000.0, ChangeKind.Absolute)]
    [InlineData("Cut AWS spend by $40k/month", "AWS spend per month", MetricDirection.Decrease, 40000.0, ChangeKind.Absolute)]
    [InlineData("30% fewer escalations to engineering", "escalations to engineering", MetricDirection.Decrease, 30.0, ChangeKind.Percent)]
    public void Parse_RelativeChange_ReadsChangeWithoutInventingATarget(
        string text, string metric, MetricDirection direction, double amount, ChangeKind kind)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Equal(metric, result.Metric);
        Assert.Equal(direction, result.Direction);
        Assert.Equal(new TargetChange(amount, kind), result.Change);
        Assert.Null(result.Target);
    }

    [Theory]
    [InlineData("Grow ARR to $12M", 12000000.0, "USD")]
    [InlineData("Reduce cost by €40k", 40000.0, "EUR")]
    [InlineData("Increase UK revenue to £2.5m", 2500000.0, "GBP")]
    [InlineData("Grow pipeline to USD 1.2M", 1200000.0, "USD")]
    [InlineData("Grow bookings to 2.5 million EUR", 2500000.0, "EUR")]
    [InlineData("Hit $3bn GMV", 3000000000.0, "USD")]
    public void Parse_MoneyAmount_ReadsCurrencyCode(string text, double amount, string currency)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Equal(MeasureUnit.Currency, result.Unit);
        Assert.Equal(currency, result.Currency);
        Assert.Equal(amount, result.Target ?? result.Change?.Amount);
    }

    [Fact]
    public void Parse_MoneyMetricWithoutSymbol_ReadsCurrencyAndSaysTheCodeIsMissing()
    {
        var result = KeyResultTextParser.Parse("Grow ARR 2.5 million to 4 million", Q1);

        Assert.Equal(MeasureUnit.Currency, result.Unit);
        Assert.Null(result.Currency);
        Assert.Equal(4000000.0, result.Target);
        Assert.Contains(result.Unread, u => u.Contains("currency", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Grow WAU to 8,000 (stretch 10k)", 8000.0, 10000.0)]
    [InlineData("Grow WAU to 8,000; stretch: 10,000", 8000.0, 10000.0)]
    [InlineData("Increase share of wallet from 15% to 20%, stretch 25%", 20.0, 25.0)]
    [InlineData("Increase conversion 3.1% → 3.8% (stretch: 4%)", 3.8, 4.0)]
    [InlineData("Grow WAU to 8,000 (10k as stretch)", 8000.0, 10000.0)]
    public void Parse_Stretch_ReadsStretchApartFromTarget(string text, double target, double stretch)
    {
        var result = KeyResultTextParser.Parse(text, Q1);

        Assert.Equal(target, result.Target);
        Assert.Equal(stretch, result.Stretch);
        Assert.DoesNotContain("stretch", result.Metric, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_VerbAgainstNumbers_ReadsNumbersAndSaysSo()
    {
        var result = KeyResultTextParser.Parse("Increase churn from 3% to 2%", Q1);

        Assert.Equal(MetricDirection.Decrease, result.Direction);
        Assert.Contains(result.Unread, u => u.Contains("numbers", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => KeyResultTextParser.Parse(null!, Q1));
        Assert.Throws<ArgumentNullException>(() => KeyResultTextParser.Parse("Reach 8,000 WAU", null!));
    }
}

using Throughline.Core.Knowledge;

namespace Throughline.Core.Tests.Knowledge;

public sealed class MetricMatcherTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.BuiltIn;

    [Theory]
    // names and synonyms
    [InlineData("Increase net revenue retention to 115%", "net_revenue_retention", "name")]
    [InlineData("Increase weekly active users to 40k", "weekly_active_users", "name")]
    [InlineData("Cut average handle time to 6 minutes", "average_handle_time", "name")]
    [InlineData("Lower change failure rate below 10%", "change_failure_rate", "name")]
    [InlineData("Hit 99.95% uptime", "uptime", "name")]
    [InlineData("p95 latency under 200 ms", "p95_latency", "name")]
    [InlineData("Raise net dollar retention to 120%", "net_revenue_retention", "synonym")]
    [InlineData("Raise week-1 activation to 45%", "activation_rate", "synonym")]
    [InlineData("Grow annual contract value for new logos from $18k to $24k", "average_contract_value", "name")]
    [InlineData("Raise ACV on mid-market deals to $40k", "average_contract_value", "abbreviation")]
    [InlineData("Raise week 1 activation to 45%", "activation_rate", "synonym")]
    [InlineData("Raise trial-to-paid conversion to 18%", "trial_conversion", "synonym")]
    [InlineData("Increase ticket deflection to 30%", "ticket_deflection", "synonym")]
    [InlineData("Reduce regretted attrition", "employee_attrition", "synonym")]
    [InlineData("Keep p99 below 800ms", "p99_latency", "synonym")]
    [InlineData("Increase activated users", "activation_rate", "synonym")]
    [InlineData("Reduce churned customers", "customer_churn", "synonym")]
    // abbreviations, any case, whole tokens only
    [InlineData("Grow NRR from 104% to 110%", "net_revenue_retention", "abbreviation")]
    [InlineData("lift ndr to 120", "net_revenue_retention", "abbreviation")]
    [InlineData("GRR above 92%", "gross_revenue_retention", "abbreviation")]
    [InlineData("Reach $5M ARR", "annual_recurring_revenue", "abbreviation")]
    [InlineData("Grow MRR 20%", "monthly_recurring_revenue", "abbreviation")]
    [InlineData("Raise ARPA to $1,200", "average_revenue_per_account", "abbreviation")]
    [InlineData("Increase arpu", "average_revenue_per_user", "abbreviation")]
    [InlineData("Improve LTV", "customer_lifetime_value", "abbreviation")]
    [InlineData("Reduce CAC by 15%", "customer_acquisition_cost", "abbreviation")]
    [InlineData("CSAT of 4.6 or better", "customer_satisfaction", "abbreviation")]
    [InlineData("NPS above 50", "net_promoter_score", "abbreviation")]
    [InlineData("Lower CES to 2", "customer_effort_score", "abbreviation")]
    [InlineData("Cut MTTR to 30 minutes", "mean_time_to_recovery", "abbreviation")]
    [InlineData("MTTD under 5 minutes", "mean_time_to_detect", "abbreviation")]
    [InlineData("Meet our SLO every month", "slo_attainment", "abbreviation")]
    [InlineData("DSO below 45 days", "days_sales_outstanding", "abbreviation")]
    [InlineData("Generate 400 MQLs", "marketing_qualified_leads", "abbreviation")]
    [InlineData("Lift CVR to 3%", "visitor_conversion_rate", "abbreviation")]
    [InlineData("Reduce TTV to 2 days", "time_to_value", "abbreviation")]
    [InlineData("TTFV under 10 minutes", "time_to_first_value", "abbreviation")]
    [InlineData("Grow WAU to 50k", "weekly_active_users", "abbreviation")]
    [InlineData("Grow dau", "daily_active_users", "abbreviation")]
    [InlineData("eNPS above 30", "employee_engagement", "abbreviation")]
    // inflections and plurals
    [InlineData("Fewer customers churned this quarter", "customer_churn", "inflection")]
    [InlineData("Retaining customers longer", "customer_retention", "inflection")]
    [InlineData("Cut infra costs by a fifth", "cloud_cost", "inflection")]
    [InlineData("Grow monthly active user count", "monthly_active_users", "inflection")]
    [InlineData("Every onboarding completed within a day", "onboarding_completion", "synonym")]
    [InlineData("More trials converted to paid", "trial_conversion", "inflection")]
    [InlineData("Keep crash-free session rate above 99.7%", "crash_free_sessions", "inflection")]
    [InlineData("Increase weekly active farms from 41% to 65%", "weekly_active_users", "inflection")]
    [InlineData("Raise viewable impression rate from 52% to 70%", "impressions", "inflection")]
    // typos
    [InlineData("Improve retnetion", "customer_retention", "typo")]
    [InlineData("Increase activaton rate to 40%", "activation_rate", "typo")]
    [InlineData("Reduce chrun", "customer_churn", "typo")]
    [InlineData("Improve customer satisfacton", "customer_satisfaction", "typo")]
    [InlineData("Increase onbaording completion", "onboarding_completion", "typo")]
    [InlineData("Grow anual recuring revenue", "annual_recurring_revenue", "typo")]
    public void Match_MetricInText_FindsItAndSaysHow(string text, string id, string how)
    {
        var match = Kb.Match(text);

        Assert.NotNull(match);
        Assert.Equal(id, match.Metric.Id);
        Assert.Equal(how, match.How);
    }

    [Theory]
    [InlineData("Launch the new dashboard")]
    [InlineData("Improve arrival time estimates")]
    [InlineData("Ship the carrier integration")]
    [InlineData("Hire two designers")]
    [InlineData("Write the Q3 roadmap")]
    [InlineData("Redesign the settings screen")]
    [InlineData("Migrate billing to the new provider")]
    [InlineData("")]
    [InlineData("   ")]
    public void Match_TextNamingNoMetric_FindsNothing(string text) => Assert.Empty(Kb.MatchAll(text));

    [Theory]
    [InlineData("Reduce arrival time", "annual_recurring_revenue")]
    [InlineData("Improve narrative quality", "annual_recurring_revenue")]
    [InlineData("Cancel the scaffold", "customer_acquisition_cost")]
    [InlineData("Handle nps_export jobs", "daily_active_users")]
    public void Match_AbbreviationInsideWord_DoesNotMatch(string text, string id) =>
        Assert.DoesNotContain(Kb.MatchAll(text, 10), m => m.Metric.Id == id);

    [Fact]
    public void Match_LongerPhrase_BeatsShorterInsideIt()
    {
        var matches = Kb.MatchAll("Grow weekly active users to 40k", 10);

        Assert.Equal("weekly_active_users", matches[0].Metric.Id);
        Assert.Equal("weekly active users", matches[0].MatchedText);
        Assert.DoesNotContain(matches, m => m.Metric.Id is "registered_users" or "monthly_active_users");
    }

    [Theory]
    [InlineData("Reduce reservation calls per 1,000 bookings from 120 to 80")]
    [InlineData("Cut support tickets per 100 active users")]
    [InlineData("Reduce royalty cost from 68% to 65% of new bookings")]
    public void Match_MetricOnlyAsDenominator_IsNotTheMeasure(string text) =>
        Assert.DoesNotContain(Kb.MatchAll(text, 10), m => m.Metric.Id is "new_arr" or "daily_active_users" or "monthly_active_users" or "weekly_active_users");

    [Theory]
    [InlineData("Install 40,000 smart meters", "app_installs")]
    [InlineData("Book 40 enterprise demos a month", "new_arr")]
    [InlineData("Launch SMS reminders with two-tap booking", "new_arr")]
    [InlineData("Launch 10 new accounting and ERP connectors", "signups")]
    [InlineData("Convert 4% of ticket buyers to members at the till", "ticket_volume")]
    [InlineData("Ship in-app card freeze and PIN view", "impressions")]
    public void Match_VerbOrSingularOfAPluralCount_IsNotTheCount(string text, string count) =>
        Assert.DoesNotContain(Kb.MatchAll(text, 10), m => m.Metric.Id == count);

    [Theory]
    [InlineData("Enroll 80% of online banking users in two-factor authentication", "registered_users")]
    [InlineData("Get 60% of new sign-ups to finish their first lesson within 10 minutes", "signups")]
    [InlineData("First project live within 30 days for 80% of new accounts", "signups")]
    public void Match_PeopleAPercentageIsTakenOf_AreNotTheMeasure(string text, string population) =>
        Assert.DoesNotContain(Kb.MatchAll(text, 10), m => m.Metric.Id == population);

    [Theory]
    [InlineData("Call every customer whose premium rises over 20% before renewal")]
    [InlineData("Hold a results review with 85% of farms before their renewal date")]
    public void Match_MetricNamingOnlyWhen_IsNotTheMeasure(string text) =>
        Assert.DoesNotContain(Kb.MatchAll(text, 10), m => m.Metric.Id == "renewal_rate");

    [Theory]
    [InlineData("Cut prescription lines that are out of stock", "social_likes")]
    [InlineData("Retire manual sort lines in 2 hubs", "social_likes")]
    public void Match_ShortWordOneLetterFromAMetricWord_IsNoTypo(string text, string id) =>
        Assert.DoesNotContain(Kb.MatchAll(text, 10), m => m.Metric.Id == id && m.How == "typo");

    [Theory]
    [InlineData("Increase web booking conversion from 2.4% to 3.2%", "new_arr")]
    [InlineData("Cut churn cost per account by 20%", "customer_churn")]
    public void Match_MetricWordQualifyingAnotherMeasure_IsNotTheMeasure(string text, string qualifier) =>
        Assert.DoesNotContain(Kb.MatchAll(text, 10), m => m.Metric.Id == qualifier);

    [Fact]
    public void Match_MetricFollowedByAStatisticWord_IsStillTheMeasure() =>
        Assert.Equal("customer_churn", Kb.Match("Reduce churn rate from 3% to 2%")?.Metric.Id);

    [Fact]
    public void Match_SlashedRatio_MatchesRatioNotParts()
    {
        var matches = Kb.MatchAll("Raise DAU/MAU to 35%", 10);

        Assert.Equal("stickiness", Assert.Single(matches).Metric.Id);
    }

    [Fact]
    public void Match_Scores_FallFromNameToTypo()
    {
        var name = Kb.Match("net revenue retention")!.Score;
        var synonym = Kb.Match("NRR")!.Score;
        var inflection = Kb.Match("customers churned")!.Score;
        var typo = Kb.Match("net revenue retnetion")!.Score;

        Assert.True(name > synonym && synonym > inflection && inflection > typo, $"{name} {synonym} {inflection} {typo}");
    }

    [Fact]
    public void Match_MatchedText_IsTheOriginalWords() =>
        Assert.Equal("Week-1 Activation", Kb.Match("Raise Week-1 Activation to 45%")!.MatchedText);

    [Fact]
    public void MatchAll_TwoMetrics_ReturnsBoth()
    {
        var ids = Kb.MatchAll("Cut MTTR and raise CSAT", 5).Select(m => m.Metric.Id).ToList();

        Assert.Contains("mean_time_to_recovery", ids);
        Assert.Contains("customer_satisfaction", ids);
    }

    [Fact]
    public void Distance_Transposition_CountsAsOne()
    {
        Assert.Equal(1, MetricTypoIndex.Distance("chrun", "churn", 2));
        Assert.Equal(2, MetricTypoIndex.Distance("retnetoin", "retention", 2));
        Assert.Equal(3, MetricTypoIndex.Distance("dashboard", "retention", 2));
    }

    [Theory]
    [InlineData("churned", "churn")]
    [InlineData("churning", "churn")]
    [InlineData("users", "user")]
    [InlineData("retaining", "retain")]
    [InlineData("retention", "retain")]
    [InlineData("activated", "activ")]
    [InlineData("activation", "activ")]
    [InlineData("conversions", "convert")]
    [InlineData("vulnerabilities", "vulnerability")]
    [InlineData("status", "status")]
    [InlineData("active", "active")]
    public void Stem_Inflection_FoldsToStem(string word, string stem) => Assert.Equal(stem, MetricStemmer.Stem(word));
}

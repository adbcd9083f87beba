using Throughline.Core.Model;

namespace Throughline.Benchmarks;

/// <summary>A metric of the generated catalogue with what the generator needs to invent plausible numbers for it.</summary>
internal sealed record CatalogueMetric(
    string Id,
    string Name,
    string[] Synonyms,
    MeasureUnit Unit,
    MetricDirection Good,
    double Level,
    double WeeklyNoise,
    string Source)
{
    /// <summary>The catalogue every generated organisation shares; names mix built-in metrics and company-specific ones.</summary>
    public static IReadOnlyList<CatalogueMetric> All { get; } =
    [
        new("trial_signups", "Trial signups", ["new trials", "trial starts"], MeasureUnit.Count, MetricDirection.Increase, 2100, 0.05, "Amplitude"),
        new("trial_conversion", "Trial-to-paid conversion", ["trial to paid", "trial conversion rate"], MeasureUnit.Percent, MetricDirection.Increase, 11.4, 0.02, "Stripe + Amplitude"),
        new("days_to_convert", "Median days to convert", ["time to convert", "days-to-convert"], MeasureUnit.Days, MetricDirection.Decrease, 19, 0.04, "Stripe"),
        new("activation_rate", "Week-1 activation rate", ["activation", "week-1 activation"], MeasureUnit.Percent, MetricDirection.Increase, 34, 0.02, "Amplitude"),
        new("onboarding_completion", "Onboarding checklist completion", ["checklist completion"], MeasureUnit.Percent, MetricDirection.Increase, 48, 0.02, "Amplitude"),
        new("time_to_first_dashboard", "Time to first dashboard", ["TTFD", "time to first chart"], MeasureUnit.Days, MetricDirection.Decrease, 2.6, 0.05, "Amplitude"),
        new("weekly_active_accounts", "Weekly active accounts", ["WAA", "active accounts"], MeasureUnit.Count, MetricDirection.Increase, 8900, 0.01, "Warehouse"),
        new("multi_user_accounts", "Accounts with 3+ weekly active users", ["multi-user accounts"], MeasureUnit.Percent, MetricDirection.Increase, 22, 0.02, "Warehouse"),
        new("nrr", "Net revenue retention", ["NRR", "net dollar retention"], MeasureUnit.Percent, MetricDirection.Increase, 104, 0.005, "ChartMogul"),
        new("gross_churn", "Gross revenue churn (monthly)", ["gross churn", "revenue churn"], MeasureUnit.Percent, MetricDirection.Decrease, 1.9, 0.04, "ChartMogul"),
        new("expansion_arr", "Expansion ARR (quarter to date)", ["expansion ARR", "upsell ARR"], MeasureUnit.Currency, MetricDirection.Increase, 900000, 0.03, "Salesforce"),
        new("new_arr", "New business ARR (quarter to date)", ["new ARR", "new bookings"], MeasureUnit.Currency, MetricDirection.Increase, 2600000, 0.03, "Salesforce"),
        new("enterprise_logos", "Enterprise customers", ["enterprise logos", "enterprise accounts"], MeasureUnit.Count, MetricDirection.Increase, 142, 0.01, "Salesforce"),
        new("p95_query_latency", "p95 dashboard query latency", ["query latency", "p95 query latency"], MeasureUnit.Milliseconds, MetricDirection.Decrease, 2400, 0.04, "Datadog"),
        new("api_uptime", "API uptime", ["uptime", "API availability"], MeasureUnit.Percent, MetricDirection.Increase, 99.9, 0.0005, "Datadog"),
        new("cloud_cost_per_account", "Cloud cost per active account", ["cost per account"], MeasureUnit.Currency, MetricDirection.Decrease, 46, 0.02, "AWS Cost Explorer"),
        new("support_csat", "Support CSAT", ["CSAT", "support satisfaction"], MeasureUnit.Percent, MetricDirection.Increase, 92, 0.01, "Zendesk"),
        new("ticket_deflection", "Ticket deflection rate", ["deflection", "self-service resolution"], MeasureUnit.Percent, MetricDirection.Increase, 30, 0.02, "Zendesk"),
        new("first_response_time", "First response time for P1/P2 tickets", ["first response time", "FRT"], MeasureUnit.Hours, MetricDirection.Decrease, 3.4, 0.05, "Zendesk"),
        new("mqls", "Marketing qualified leads", ["MQLs", "MQL"], MeasureUnit.Count, MetricDirection.Increase, 380, 0.06, "HubSpot"),
        new("page_views", "Website page views", ["page views", "pageviews"], MeasureUnit.Count, MetricDirection.Increase, 410000, 0.05, "Google Analytics"),
        new("dso", "Days sales outstanding", ["DSO"], MeasureUnit.Days, MetricDirection.Decrease, 52, 0.02, "NetSuite"),
        new("security_review_days", "Median security review duration", ["security review time"], MeasureUnit.Days, MetricDirection.Decrease, 23, 0.05, "Salesforce"),
        new("pipeline_freshness", "Pipeline freshness SLA", ["freshness SLA", "data freshness"], MeasureUnit.Percent, MetricDirection.Increase, 97.5, 0.005, "Airflow"),
        new("deploy_frequency", "Deployments per week", ["deploy frequency", "deploys"], MeasureUnit.Count, MetricDirection.Increase, 40, 0.08, "GitHub"),
        new("change_failure_rate", "Change failure rate", ["failed deploys", "CFR"], MeasureUnit.Percent, MetricDirection.Decrease, 12, 0.05, "GitHub"),
        new("escaped_defects", "Escaped defects", ["production bugs", "escaped bugs"], MeasureUnit.Count, MetricDirection.Decrease, 35, 0.08, "Jira"),
        new("arpa", "Self-serve ARPA", ["ARPA", "revenue per account"], MeasureUnit.Currency, MetricDirection.Increase, 480, 0.01, "Stripe"),
        new("time_to_hire", "Time to hire", ["days to hire", "time to fill"], MeasureUnit.Days, MetricDirection.Decrease, 41, 0.04, "Greenhouse"),
        new("enps", "Employee NPS", ["eNPS", "employee engagement"], MeasureUnit.Score, MetricDirection.Increase, 21, 0.05, "Culture Amp"),
    ];

    /// <summary>The catalogue entry as the workspace model holds it.</summary>
    public MetricDefinition ToDefinition(string ownerUnit) => new()
    {
        Id = Id,
        Name = Name,
        Synonyms = Synonyms,
        Definition = $"{Name}, measured weekly (Mon-Sun) from {Source}.",
        MeasureUnit = Unit,
        Measurement = new Measurement(Source, null, $"{Name} ({Source})"),
        OwnerUnit = ownerUnit,
        GoodDirection = Good,
        Indicator = IndicatorKind.Lagging,
    };
}

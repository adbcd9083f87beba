namespace Throughline.Core.Knowledge;

/// <summary>Families of product and business metrics; metrics in one family measure the same kind of outcome.</summary>
public enum MetricFamily
{
    /// <summary>Getting people to arrive: traffic, signups, leads, trials.</summary>
    Acquisition,

    /// <summary>Getting new users to first value: activation, onboarding, time to value.</summary>
    Activation,

    /// <summary>Ongoing use: active users, frequency, depth, adoption of features.</summary>
    Engagement,

    /// <summary>Staying: retention, churn, renewal.</summary>
    Retention,

    /// <summary>Money in: ARR, MRR, conversion to paid, expansion, ARPA, NRR.</summary>
    Revenue,

    /// <summary>How customers feel: NPS, CSAT, CES, ratings.</summary>
    Satisfaction,

    /// <summary>Things keep working: uptime, incidents, error rates, MTTR.</summary>
    Reliability,

    /// <summary>Things are fast: latency, load time, cycle time, lead time.</summary>
    Speed,

    /// <summary>What it costs: cloud cost, cost to serve, CAC.</summary>
    Cost,

    /// <summary>Work is done right: defects, escaped bugs, accuracy.</summary>
    Quality,

    /// <summary>Security and compliance posture.</summary>
    Security,

    /// <summary>People and teams: hiring, attrition, engagement of employees.</summary>
    People,

    /// <summary>Support operations: tickets, deflection, response time.</summary>
    Support,

    /// <summary>Finance operations: DSO, close time, forecast accuracy.</summary>
    Finance,
}

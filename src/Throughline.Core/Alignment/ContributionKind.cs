namespace Throughline.Core.Alignment;

/// <summary>How a team objective contributes to a company key result.</summary>
public enum ContributionKind
{
    /// <summary>A team key result measures the same metric.</summary>
    DirectMetric,

    /// <summary>A team key result measures a metric that drives it.</summary>
    DriverMetric,

    /// <summary>It claims support, but what it measures does not move the metric (an enabler, an output, a weak link).</summary>
    Enabler,
}

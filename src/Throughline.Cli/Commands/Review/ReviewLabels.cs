using Throughline.Core.Alignment;
using Throughline.Core.Roadmap;

namespace Throughline.Cli.Commands.Review;

/// <summary>How the review names verdicts and kinds, the same in every format (progress statuses: <see cref="Progress.ProgressText.Label"/>).</summary>
internal static class ReviewLabels
{
    /// <summary>A roadmap coverage verdict in words: "under-backed", "backed through support".</summary>
    public static string Coverage(CoverageStatus status) => status switch
    {
        CoverageStatus.Covered => "covered",
        CoverageStatus.UnderBacked => "under-backed",
        CoverageStatus.Unbacked => "unbacked",
        CoverageStatus.BackedThroughSupport => "backed through support",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>How a unit contributes to a company OKR: "same metric", "driver metric", "enabler".</summary>
    public static string Contribution(ContributionKind kind) => kind switch
    {
        ContributionKind.DirectMetric => "same metric",
        ContributionKind.DriverMetric => "driver metric",
        _ => "enabler",
    };

    /// <summary>"MetricTension" as "metric tension".</summary>
    public static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}

using Throughline.Core.Alignment;
using Throughline.Core.Progress;
using Throughline.Core.Roadmap;

namespace Throughline.Cli.Commands.Review;

/// <summary>How the review names statuses, verdicts and kinds, the same in every format.</summary>
internal static class ReviewLabels
{
    /// <summary>A progress status in words: "on track", "off track".</summary>
    public static string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => "on track",
        ProgressStatus.AtRisk => "at risk",
        ProgressStatus.OffTrack => "off track",
        ProgressStatus.NotMeasurable => "not measurable",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>The order key results are listed in: off track first, achieved last.</summary>
    public static int Urgency(ProgressStatus status) => status switch
    {
        ProgressStatus.OffTrack => 0,
        ProgressStatus.AtRisk => 1,
        ProgressStatus.Unknown => 2,
        ProgressStatus.OnTrack => 3,
        ProgressStatus.Achieved => 4,
        _ => 5,
    };

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

namespace Throughline.Core.Model;

/// <summary>
/// A key performance indicator: a health metric a unit watches with a healthy range. Not an OKR:
/// nobody commits to move it this cycle, but leaving its range is a signal.
/// </summary>
public sealed record Kpi
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Metric name (should match the metric catalogue).</summary>
    public required string Metric { get; init; }

    /// <summary>The unit that watches the KPI.</summary>
    public required string Unit { get; init; }

    /// <summary>Lower bound of the healthy range, when there is one.</summary>
    public double? HealthyMin { get; init; }

    /// <summary>Upper bound of the healthy range, when there is one.</summary>
    public double? HealthyMax { get; init; }

    /// <summary>Unit of measure.</summary>
    public MeasureUnit MeasureUnit { get; init; }

    /// <summary>Where the KPI was defined.</summary>
    public SourceRef? Origin { get; init; }
}

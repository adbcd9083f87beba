namespace Throughline.Core.Model;

/// <summary>Which way a key result's metric must move to succeed.</summary>
public enum MetricDirection
{
    /// <summary>Higher is better; success is reaching at least the target.</summary>
    Increase,

    /// <summary>Lower is better; success is reaching at most the target.</summary>
    Decrease,

    /// <summary>Hold the metric on the right side of the target for the whole cycle (see <see cref="TargetBound"/>).</summary>
    Maintain,
}

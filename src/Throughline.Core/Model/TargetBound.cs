namespace Throughline.Core.Model;

/// <summary>For a maintain key result: whether the target is a floor or a ceiling.</summary>
public enum TargetBound
{
    /// <summary>Stay at or above the target (uptime at least 99.9%).</summary>
    AtLeast,

    /// <summary>Stay at or below the target (p95 latency under 200 ms).</summary>
    AtMost,
}

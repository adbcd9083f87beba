namespace Throughline.Core.Roadmap;

/// <summary>How well the roadmap backs one key result.</summary>
public enum CoverageStatus
{
    /// <summary>The expected impact of its initiatives closes the gap to target.</summary>
    Covered,

    /// <summary>Initiatives move it, but their expected impact closes less than the gap.</summary>
    UnderBacked,

    /// <summary>No initiative moves it and nothing that supports it is backed: no work behind the number.</summary>
    Unbacked,

    /// <summary>No initiative moves it directly, but objectives or KRs that support it are backed by initiatives.</summary>
    BackedThroughSupport,

    /// <summary>Initiatives move it but none estimates by how much.</summary>
    Unquantified,

    /// <summary>Initiatives move it; it has no gap to compare with (guardrail, RAT test, or no target/start value).</summary>
    Backed,
}

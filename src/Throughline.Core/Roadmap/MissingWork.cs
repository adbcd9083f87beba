using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>
/// A key result whose gap no planned work closes, with the kinds of initiative that would move its metric: the
/// knowledge base's drivers of the metric, and the units that list the metric as one they can move. Suggestions only.
/// </summary>
/// <param name="KeyResult">The key result.</param>
/// <param name="Metric">The metric it measures, as matched in the knowledge base; null when none matched.</param>
/// <param name="Shortfall">The part of the gap left open, in the KR's unit; null for an unbacked KR without a gap.</param>
/// <param name="Drivers">Names of metrics that drive it (an initiative that moves one of these moves the KR).</param>
/// <param name="Owners">Units whose <c>metrics</c> list the KR's metric.</param>
public sealed record MissingWork(OkrRef KeyResult, string? Metric, double? Shortfall, IReadOnlyList<string> Drivers, IReadOnlyList<string> Owners);

using Throughline.Core.Knowledge;

namespace Throughline.Core.Drafting;

/// <summary>A metric the unit can move, with why we think so.</summary>
/// <param name="Metric">The metric (a catalogue metric when the workspace has one like it).</param>
/// <param name="Reason">Where it comes from: "a lever of growth in units.yaml", "measured by growth/O1-KR2 in 2026-Q3"...</param>
/// <param name="Rank">Lower is more certain: listed levers first, then last cycle's KRs, owned metrics, the area text.</param>
internal sealed record Lever(KnownMetric Metric, string Reason, int Rank);

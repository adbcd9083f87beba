namespace Throughline.Core.Roadmap.Cut;

/// <summary>
/// One open initiative as the cut optimiser sees it: its effort, what it contributes to each key result (as a share
/// of that KR's gap, signed: negative works against the KR) and the items it depends on.
/// </summary>
/// <param name="Effort">Engineer-weeks; 0 when the initiative states none (it then costs nothing to keep).</param>
/// <param name="Contributions">Key result index and contribution as a share of its gap (0.5 = half the gap).</param>
/// <param name="Prerequisites">Indexes of the items this one depends on (direct).</param>
public sealed record CutItem(double Effort, IReadOnlyList<(int KeyResult, double Share)> Contributions, IReadOnlyList<int> Prerequisites);

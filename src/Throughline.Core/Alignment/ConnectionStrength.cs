using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// How strongly a team objective connects to one objective or key result it claims to support, 1-5:
/// 5 a team KR measures the same metric as a supported KR; 4 a team KR's metric drives it; 3 drives it through one
/// intermediate metric, or is in the same metric family, or only the objective's title names a related metric;
/// 2 only a weak link (the team metric is downstream of the parent's, or the texts share meaningful words);
/// 1 no plausible line of sight.
/// </summary>
/// <param name="Parent">The supported objective or key result.</param>
/// <param name="Strength">1 (no line of sight) to 5 (moves the parent's metric directly).</param>
/// <param name="Reason">Why, naming the KRs and metrics that connect (or do not).</param>
public sealed record ConnectionStrength(OkrRef Parent, int Strength, string Reason);

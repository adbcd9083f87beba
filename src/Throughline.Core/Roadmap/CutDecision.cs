using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>One initiative the cut drops, with the one-line reason.</summary>
/// <param name="Initiative">The initiative.</param>
/// <param name="ValueLost">Weighted KR value lost by dropping it alone from the kept plan.</param>
/// <param name="Reason">Why it goes, in one line.</param>
public sealed record CutDecision(Initiative Initiative, double ValueLost, string Reason);

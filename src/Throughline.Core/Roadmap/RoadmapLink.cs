using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>
/// A link from a roadmap initiative to a key result. Explicit links come from the roadmap (<c>moves</c>, or a KR
/// reference in an imported row); inferred links are suggestions with a 0-1 score and the reason, never counted as backing.
/// </summary>
/// <param name="Initiative">The initiative id.</param>
/// <param name="KeyResult">The key result it moves (or may move).</param>
/// <param name="Expected">Expected impact in the KR's unit, signed as written; null when not estimated.</param>
/// <param name="Inferred">True for a suggestion the tool inferred; false for a link the roadmap states.</param>
/// <param name="Score">1 for an explicit link; the suggestion's 0-1 score otherwise.</param>
/// <param name="Reason">The team's rationale (explicit) or why the tool suggests it (inferred).</param>
public sealed record RoadmapLink(string Initiative, OkrRef KeyResult, double? Expected, bool Inferred, double Score, string? Reason);

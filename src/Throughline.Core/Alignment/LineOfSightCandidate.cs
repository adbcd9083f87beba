using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// A company objective or key result that a team objective or key result may support: the explicit link from the
/// workspace, or an inferred suggestion (<see cref="Explicit"/> false) that nobody has claimed.
/// </summary>
/// <param name="Target">The company objective or key result.</param>
/// <param name="Score">1 (no plausible connection) to 5 (the same metric).</param>
/// <param name="Reason">Why: the metrics, driver relation or shared words that connect the two.</param>
/// <param name="Explicit">True for a link written in the workspace (<c>supports</c>); false for a suggestion.</param>
public sealed record LineOfSightCandidate(OkrRef Target, int Score, string Reason, bool Explicit);

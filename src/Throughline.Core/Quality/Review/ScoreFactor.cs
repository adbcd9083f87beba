namespace Throughline.Core.Quality.Review;

/// <summary>One contribution to a quality score: what was checked, the points earned out of the maximum, and why.</summary>
/// <param name="Name">What the factor checks, e.g. <c>outcome</c> or <c>baseline</c>.</param>
/// <param name="Points">Points earned.</param>
/// <param name="Max">Points available.</param>
/// <param name="Reason">Why these points, naming the evidence or the rule that took them away.</param>
public sealed record ScoreFactor(string Name, int Points, int Max, string Reason);

namespace Throughline.Core.Quality.Review;

/// <summary>A 0-100 quality score with the factors that make it up.</summary>
/// <param name="Value">The score, 0 (unusable) to 100 (a measured, calibrated, owned outcome).</param>
/// <param name="Factors">The factors, in the order they were checked; their points sum to the value.</param>
public sealed record QualityScore(int Value, IReadOnlyList<ScoreFactor> Factors)
{
    /// <summary>A score whose value is the sum of <paramref name="factors"/>' points, clamped to 0..100.</summary>
    public static QualityScore Of(IReadOnlyList<ScoreFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        return new QualityScore(Math.Clamp(factors.Sum(f => f.Points), 0, 100), factors);
    }
}

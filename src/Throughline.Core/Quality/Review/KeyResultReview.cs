using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Classification;
using Throughline.Core.Quality.Rewrites;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Quality.Review;

/// <summary>The quality review of one key result.</summary>
/// <param name="KeyResult">The key result as loaded.</param>
/// <param name="Classification">Outcome, output or mixed, with the cues that decided it.</param>
/// <param name="Metric">The known metric it measures (catalogue or knowledge base), or null.</param>
/// <param name="Score">The 0-100 quality score with its factors.</param>
/// <param name="Findings">The rule findings about this key result, worst first.</param>
/// <param name="Rewrite">A proposed outcome version, when the KR is not already a measured outcome with baseline and target.</param>
public sealed record KeyResultReview(
    KeyResult KeyResult,
    KrClassification Classification,
    KnownMetric? Metric,
    QualityScore Score,
    IReadOnlyList<Finding> Findings,
    KeyResultRewrite? Rewrite);

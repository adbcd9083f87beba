using Throughline.Core.Alignment;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Quality.Review;

/// <summary>The quality review of one objective and its key results.</summary>
/// <param name="Objective">The objective as loaded.</param>
/// <param name="Score">The 0-100 quality score: its key results' mean and the objective's own factors.</param>
/// <param name="Connections">Connection strength (1-5) to each objective or key result it claims to support.</param>
/// <param name="ConnectionNote">Why there is no connection score, when there is none (company objective, health goal, no link).</param>
/// <param name="KeyResults">The reviews of its key results, in the order written.</param>
/// <param name="Findings">The rule findings about the objective itself (not its key results), worst first.</param>
public sealed record ObjectiveReview(
    Objective Objective,
    QualityScore Score,
    IReadOnlyList<ConnectionStrength> Connections,
    string? ConnectionNote,
    IReadOnlyList<KeyResultReview> KeyResults,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>The strongest connection to anything it supports, or null when it claims to support nothing.</summary>
    public int? ConnectionStrength => Connections.Count == 0 ? null : Connections.Max(c => c.Strength);

    /// <summary>Every finding of the objective and its key results.</summary>
    public IEnumerable<Finding> AllFindings => Findings.Concat(KeyResults.SelectMany(k => k.Findings));
}

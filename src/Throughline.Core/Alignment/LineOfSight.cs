using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>The company objectives and key results one team objective or key result supports, best first.</summary>
/// <param name="Source">The team objective or key result.</param>
/// <param name="Unit">The unit that owns it.</param>
/// <param name="Candidates">Explicit links and inferred suggestions, ranked by score.</param>
public sealed record LineOfSight(OkrRef Source, string Unit, IReadOnlyList<LineOfSightCandidate> Candidates)
{
    /// <summary>The explicit links only.</summary>
    public IEnumerable<LineOfSightCandidate> ExplicitLinks => Candidates.Where(c => c.Explicit);

    /// <summary>The best inferred suggestion, or null.</summary>
    public LineOfSightCandidate? BestSuggestion => Candidates.Where(c => !c.Explicit).MaxBy(c => c.Score);
}

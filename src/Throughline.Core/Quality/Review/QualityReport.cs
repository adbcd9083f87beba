using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Quality.Review;

/// <summary>The quality review of one cycle: every objective and key result with scores, findings and rewrites.</summary>
/// <param name="Cycle">The cycle reviewed.</param>
/// <param name="Objectives">The objectives, in workspace order.</param>
/// <param name="Findings">Every finding, errors first (as <see cref="QualityCheck.Run(Model.OkrWorkspace, Knowledge.KnowledgeBase, string?)"/> orders them).</param>
public sealed record QualityReport(string Cycle, IReadOnlyList<ObjectiveReview> Objectives, IReadOnlyList<Finding> Findings)
{
    /// <summary>Every key result review.</summary>
    public IEnumerable<KeyResultReview> KeyResults => Objectives.SelectMany(o => o.KeyResults);

    /// <summary>This report restricted to the objectives <paramref name="unit"/> owns or contributes to.</summary>
    public QualityReport ForUnit(string unit)
    {
        var objectives = Objectives.Where(o => o.Objective.Ref.Scope == unit || o.Objective.AccountableUnits.Contains(unit, StringComparer.Ordinal)).ToList();
        var refs = objectives.SelectMany(o => o.AllFindings).ToHashSet();
        return this with { Objectives = objectives, Findings = [.. Findings.Where(refs.Contains)] };
    }
}

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

    /// <summary>
    /// <see cref="ForUnit"/> for every unit at once, in one pass (a 2,000-unit organisation would otherwise scan
    /// every finding once per unit). Units with no objectives are absent.
    /// </summary>
    public IReadOnlyDictionary<string, QualityReport> ByUnit()
    {
        var position = new Dictionary<Finding, int>();
        for (var i = 0; i < Findings.Count; i++)
        {
            position.TryAdd(Findings[i], i);
        }

        var objectives = new Dictionary<string, List<ObjectiveReview>>(StringComparer.Ordinal);
        foreach (var review in Objectives)
        {
            var units = review.Objective.AccountableUnits.Prepend(review.Objective.Ref.Scope).OfType<string>().Distinct(StringComparer.Ordinal);
            foreach (var unit in units)
            {
                if (!objectives.TryGetValue(unit, out var list))
                {
                    objectives[unit] = list = [];
                }

                list.Add(review);
            }
        }

        return objectives.ToDictionary(
            pair => pair.Key,
            pair => this with
            {
                Objectives = pair.Value,
                Findings = [.. pair.Value.SelectMany(o => o.AllFindings).Distinct().Where(position.ContainsKey).OrderBy(f => position[f])],
            },
            StringComparer.Ordinal);
    }

    /// <summary>This report restricted to the objectives <paramref name="unit"/> owns or contributes to.</summary>
    public QualityReport ForUnit(string unit)
    {
        var objectives = Objectives.Where(o => o.Objective.Ref.Scope == unit || o.Objective.AccountableUnits.Contains(unit, StringComparer.Ordinal)).ToList();
        var refs = objectives.SelectMany(o => o.AllFindings).ToHashSet();
        return this with { Objectives = objectives, Findings = [.. Findings.Where(refs.Contains)] };
    }
}

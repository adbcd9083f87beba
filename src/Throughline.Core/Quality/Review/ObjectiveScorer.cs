using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Quality.Review;

/// <summary>
/// Scores an objective 0-100: 60 points from the mean score of its key results, 40 from its own shape — outcome
/// framing 10 (OB001), specificity 10 (OB002), own contribution 5 (OB003), KR count 5 (OB004), a leading indicator 5
/// (OB005), distinct metrics 5 (UN002).
/// </summary>
internal static class ObjectiveScorer
{
    public static QualityScore Score(Objective objective, IReadOnlyList<KeyResultReview> keyResults, IReadOnlyList<Finding> findings)
    {
        var rules = findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var mean = keyResults.Count == 0 ? 0 : keyResults.Average(k => k.Score.Value);
        var krPoints = (int)Math.Round(mean * 0.6, MidpointRounding.AwayFromZero);
        return QualityScore.Of(
        [
            new("key results", krPoints, 60, keyResults.Count == 0 ? "no key results" : $"mean key result score {Math.Round(mean):0} of {keyResults.Count} KR(s)"),
            Factor(rules, "OB001", "outcome framing", 10, "names an outcome, not a project", "reads as a project or feature name (OB001)"),
            Factor(rules, "OB002", "specific", 10, "says what should change and for whom", "vague (OB002)"),
            Factor(rules, "OB003", "own contribution", 5, objective.Supports.Count == 0 ? "links to no parent to restate" : "in the unit's own words", "restates its parent word for word (OB003)"),
            Factor(rules, "OB004", "key result count", 5, $"{objective.KeyResults.Count} KRs", "KR count out of range (OB004)"),
            Factor(rules, "OB005", "leading indicator", 5, "not only lagging KRs", "all KRs are lagging (OB005)"),
            Factor(rules, "UN002", "distinct metrics", 5, "its metrics are its own", "a metric another objective of the unit also uses (UN002)"),
        ]);
    }

    private static ScoreFactor Factor(HashSet<string> rules, string rule, string name, int max, string good, string bad) =>
        rules.Contains(rule) ? new(name, 0, max, bad) : new(name, max, max, good);
}

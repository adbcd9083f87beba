using Throughline.Core.Alignment;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rewrites;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Quality.Review;

/// <summary>
/// The full quality review of a cycle: the findings of every rule, a 0-100 score per key result and objective with
/// its factors, a proposed rewrite for each KR that is not a measured outcome, and the 1-5 connection strength of
/// each objective to what it claims to support.
/// </summary>
public static class QualityReview
{
    /// <summary>Reviews <paramref name="cycle"/> (the workspace's current cycle when null).</summary>
    public static QualityReport Run(OkrWorkspace workspace, KnowledgeBase knowledge, string? cycle = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(knowledge);
        var context = RuleContext.Create(workspace, knowledge, cycle);
        var findings = QualityCheck.Run(context);
        var byTarget = findings.ToLookup(f => f.Target);
        var connections = new ConnectionScorer(context.Knowledge, kr => context.MetricOf(kr)?.Metric);

        var objectives = context.Objectives.AsParallel().AsOrdered().Select(objective =>
        {
            var keyResults = objective.KeyResults.Select(kr =>
            {
                IReadOnlyList<Finding> found = [.. byTarget[kr.Ref]];
                return new KeyResultReview(
                    kr,
                    context.Classify(kr),
                    context.MetricOf(kr)?.Metric,
                    KeyResultScorer.Score(context, objective, kr, found),
                    found,
                    KeyResultRewriter.Propose(context, objective, kr));
            }).ToList();
            var own = byTarget[objective.Ref].ToList();
            var links = objective.Level == ObjectiveLevel.Company
                ? []
                : objective.Supports.Select(link => connections.Score(objective, link, context.FindObjective(link.Target))).ToList();
            return new ObjectiveReview(objective, ObjectiveScorer.Score(objective, keyResults, own), links, ConnectionNote(objective), keyResults, own);
        }).ToList();

        return new QualityReport(context.Cycle?.Id ?? cycle ?? workspace.CurrentCycle, objectives, findings);
    }

    private static string? ConnectionNote(Objective objective) => objective switch
    {
        { Level: ObjectiveLevel.Company } => "a company objective: the top of the tree",
        { Supports.Count: > 0 } => null,
        { NeedNotLadderUp: true } or { Type: ObjectiveType.Health } => "a health or support goal: it need not ladder up",
        _ => "claims to support no company objective or key result",
    };
}

using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// <c>AlignmentAnalysis.Run</c>: line of sight for every team objective and key result (explicit links and inferred,
/// ranked suggestions), coverage of every company objective and key result, and the alignment and org-design
/// findings (AL001-AL010). A pure function of the workspace.
/// </summary>
public static class AlignmentAnalysis
{
    /// <summary>Analyses <paramref name="cycle"/> (default: the current cycle).</summary>
    public static AlignmentReport Run(OkrWorkspace workspace, KnowledgeBase knowledge, string? cycle = null) =>
        Run(AlignmentContext.Create(workspace, knowledge, cycle));

    /// <summary>Analyses a prepared context (shared with the conflict analysis).</summary>
    public static AlignmentReport Run(AlignmentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lineOfSight = LineOfSightOf(context);
        var coverage = context.Coverage;
        var findings = new List<AlignmentFinding>();
        findings.AddRange(ClaimedNotEvidentRule.Find(context));
        findings.AddRange(CoverageAnalysis.Findings(context, coverage));
        findings.AddRange(LocalGoalRule.Find(context, lineOfSight));
        findings.AddRange(HealthEverythingRule.Find(context));
        findings.AddRange(FragmentationRule.Find(context));
        findings.AddRange(ChronicDependencyRule.Find(context));
        findings.AddRange(OwnershipRules.Find(context));
        findings.AddRange(CrossFunctionalRule.Find(context, coverage));
        return new AlignmentReport(
            context.CycleId,
            lineOfSight,
            coverage,
            [.. findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Subject, StringComparer.Ordinal)]);
    }

    private static List<LineOfSight> LineOfSightOf(AlignmentContext context)
    {
        var finder = new CandidateFinder(context);
        return [.. context.Teams.AsParallel().AsOrdered().SelectMany(objective => ForObjective(context, finder, objective))];
    }

    private static IEnumerable<LineOfSight> ForObjective(AlignmentContext context, CandidateFinder finder, Objective objective)
    {
        var unit = AlignmentContext.UnitOf(objective);
        var explicitLinks = objective.Supports
            .Select(link => LinkEvidence.Score(context, objective, link))
            .Select(s => new LineOfSightCandidate(s.Parent, s.Strength, s.Reason, true))
            .ToList();
        var inferredByKr = objective.KeyResults.Select(k => (KeyResult: k, Inferred: finder.For(k, objective))).ToList();
        var suggested = new Dictionary<OkrRef, LineOfSightCandidate>();
        foreach (var (keyResult, inferred) in inferredByKr)
        {
            foreach (var candidate in inferred)
            {
                if (!suggested.TryGetValue(candidate.Target, out var best) || best.Score < candidate.Score)
                {
                    suggested[candidate.Target] = candidate with { Reason = $"{keyResult.Ref.LocalId}: {candidate.Reason}" };
                }
            }
        }

        var perKr = new List<LineOfSight>();
        foreach (var (keyResult, own) in inferredByKr)
        {
            // A KR's line of sight also runs through its objective: what its sibling KRs drive, one point lower.
            var mine = own.Select(c => c.Target).ToHashSet();
            var throughObjective = suggested.Values
                .Where(c => !mine.Contains(c.Target) && !c.Reason.StartsWith(keyResult.Ref.LocalId + ":", StringComparison.Ordinal) && c.Score >= 3)
                .Select(c => c with { Score = c.Score - 1, Reason = $"Suggested through its objective: {c.Reason}" });
            var inferred = own.Concat(throughObjective).ToList();
            var claimed = explicitLinks.Where(l => l.Target == keyResult.Ref || Covers(l.Target, inferred)).ToList();
            perKr.Add(new LineOfSight(keyResult.Ref, unit, Rank(claimed, inferred)));
        }

        var objectiveLevel = new LineOfSight(objective.Ref, unit, Rank(explicitLinks, [.. suggested.Values]));
        return [objectiveLevel, .. perKr];
    }

    private static bool Covers(OkrRef link, IReadOnlyList<LineOfSightCandidate> inferred) =>
        !link.IsKeyResult && inferred.Any(c => c.Target.ObjectiveRef == link);

    private static List<LineOfSightCandidate> Rank(IReadOnlyList<LineOfSightCandidate> explicitLinks, IReadOnlyList<LineOfSightCandidate> inferred)
    {
        var claimed = explicitLinks.Select(l => l.Target).ToHashSet();
        return [.. explicitLinks
            .Concat(inferred.Where(c => !claimed.Contains(c.Target) && !claimed.Contains(c.Target.ObjectiveRef)))
            .OrderByDescending(c => c.Explicit)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.Target.ToString(), StringComparer.Ordinal)
            .Take(6)];
    }
}

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
        var title = finder.Read(objective);
        var inferredByKr = new (KeyResult KeyResult, IReadOnlyList<LineOfSightCandidate> Inferred)[objective.KeyResults.Count];
        for (var i = 0; i < inferredByKr.Length; i++)
        {
            inferredByKr[i] = (objective.KeyResults[i], finder.For(objective.KeyResults[i], title));
        }

        // The objective's suggestions: each company KR once, from the key result that relates to it best.
        var suggested = new Dictionary<OkrRef, Suggestion>();
        foreach (var (keyResult, inferred) in inferredByKr)
        {
            foreach (var candidate in inferred)
            {
                if (!suggested.TryGetValue(candidate.Target, out var best) || best.Candidate.Score < candidate.Score)
                {
                    suggested[candidate.Target] = new Suggestion(candidate, keyResult);
                }
            }
        }

        var rows = new List<LineOfSight>(inferredByKr.Length + 1)
        {
            new(objective.Ref, unit, Rank(explicitLinks, [.. suggested.Values])),
        };
        foreach (var (keyResult, own) in inferredByKr)
        {
            // A KR's line of sight also runs through its objective: what its sibling KRs drive, one point lower.
            var inferred = new List<Suggestion>(own.Count + suggested.Count);
            inferred.AddRange(own.Select(c => new Suggestion(c, null)));
            foreach (var suggestion in suggested.Values)
            {
                if (suggestion.From != keyResult && suggestion.Candidate.Score >= 3 && !Contains(own, suggestion.Candidate.Target))
                {
                    inferred.Add(new Suggestion(suggestion.Candidate with { Score = suggestion.Candidate.Score - 1 }, suggestion.From, Through: true));
                }
            }

            var claimed = explicitLinks.Where(l => l.Target == keyResult.Ref || Covers(l.Target, inferred)).ToList();
            rows.Add(new LineOfSight(keyResult.Ref, unit, Rank(claimed, inferred)));
        }

        return rows;
    }

    private static bool Contains(IReadOnlyList<LineOfSightCandidate> candidates, OkrRef target)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Target == target)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covers(OkrRef link, List<Suggestion> inferred) =>
        !link.IsKeyResult && inferred.Exists(s => s.Candidate.Target.ObjectiveRef == link);

    /// <summary>The explicit links first, then the best suggestions; a suggestion's reason is written only when it is kept.</summary>
    private static List<LineOfSightCandidate> Rank(IReadOnlyList<LineOfSightCandidate> explicitLinks, IReadOnlyList<Suggestion> inferred)
    {
        var claimed = explicitLinks.Select(l => l.Target).ToHashSet();
        return [.. explicitLinks
            .OrderByDescending(l => l.Score)
            .ThenBy(l => l.Target.ToString(), StringComparer.Ordinal)
            .Concat(inferred
                .Where(s => !claimed.Contains(s.Candidate.Target) && !claimed.Contains(s.Candidate.Target.ObjectiveRef))
                .OrderByDescending(s => s.Candidate.Score)
                .ThenBy(s => s.Candidate.Target.ToString(), StringComparer.Ordinal)
                .Take(Math.Max(0, MaxCandidates - explicitLinks.Count))
                .Select(s => s.Written()))
            .Take(MaxCandidates)];
    }

    /// <summary>How many candidates a line of sight lists.</summary>
    private const int MaxCandidates = 6;

    /// <summary>
    /// An inferred candidate on its way to a line of sight. <paramref name="From"/>: the key result it was found for,
    /// named in its reason when it stands for the objective (<paramref name="Named"/>) or reaches a sibling KR through
    /// the objective (<paramref name="Through"/>).
    /// </summary>
    private sealed record Suggestion(LineOfSightCandidate Candidate, KeyResult? Named, KeyResult? From = null, bool Through = false)
    {
        public KeyResult? From { get; } = From ?? Named;

        public LineOfSightCandidate Written() => this switch
        {
            { Through: true } => Candidate with { Reason = $"Suggested through its objective: {From!.Ref.LocalId}: {Candidate.Reason}" },
            { Named: { } named } => Candidate with { Reason = $"{named.Ref.LocalId}: {Candidate.Reason}" },
            _ => Candidate,
        };
    }
}

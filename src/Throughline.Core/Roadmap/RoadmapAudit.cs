using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>
/// The OKR-to-roadmap audit (docs/rules.md, "Roadmap rules"): explicit and inferred links, per-KR coverage against
/// the gap, orphan initiatives, effort against priority, critical paths, missing work and, on request, the cut.
/// A pure function of the workspace.
/// </summary>
public static class RoadmapAudit
{
    /// <summary>Audits the roadmap of <paramref name="cycle"/> (default: the current cycle); <paramref name="cutShare"/> (0-1) also plans a cut.</summary>
    public static RoadmapReport Run(OkrWorkspace workspace, KnowledgeBase knowledge, string? cycle = null, double? cutShare = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(knowledge);
        if (cutShare is { } s && (s < 0 || s > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(cutShare), s, "The cut is a share between 0 and 1.");
        }

        var cycleId = cycle ?? workspace.CurrentCycle;
        var kb = knowledge.WithCatalogue(workspace.Metrics);
        var objectives = workspace.ObjectivesIn(cycleId).OrderBy(o => o.Ref.Scope, StringComparer.Ordinal).ThenBy(o => o.Order).ToList();
        var keyResults = objectives.SelectMany(o => o.KeyResults).Select(k => k.Ref).ToHashSet();
        var initiatives = workspace.Initiatives
            .Where(i => (i.Cycle ?? workspace.CurrentCycle) == cycleId && i.Status != InitiativeStatus.Cancelled)
            .ToList();

        var links = new List<RoadmapLink>();
        var metrics = new KrMetrics(kb);
        var suggester = new LinkSuggester(metrics, objectives);
        var orphans = new List<Initiative>();
        foreach (var initiative in initiatives)
        {
            var stated = initiative.Impacts
                .Where(m => keyResults.Contains(m.KeyResult))
                .Select(m => new RoadmapLink(initiative.Id, m.KeyResult, m.Expected, false, 1, m.Rationale))
                .ToList();
            if (stated.Count > 0)
            {
                links.AddRange(stated);
                continue;
            }

            var suggested = suggester.Suggest(initiative);
            links.AddRange(suggested);
            if (suggested.Count == 0)
            {
                orphans.Add(initiative);
            }
        }

        var coverage = CoverageBuilder.Build(workspace, workspace.FindCycle(cycleId), objectives, initiatives, links);
        var allocations = AllocationBuilder.Build(objectives, initiatives, links);
        var paths = CriticalPathFinder.Find(initiatives, links);
        var missing = MissingWorkFinder.Find(workspace, metrics, coverage);
        var cut = cutShare is { } share ? CutPlanner.Plan(share, initiatives, coverage, links) : null;
        var findings = RoadmapFindings.Collect(initiatives, links, coverage, orphans, allocations, paths, missing);
        return new RoadmapReport(cycleId, initiatives, links, coverage, orphans, allocations, paths, missing, cut, findings);
    }
}

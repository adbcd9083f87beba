using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>The OKR-to-roadmap audit of one cycle.</summary>
/// <param name="Cycle">The cycle id.</param>
/// <param name="Initiatives">The cycle's initiatives (cancelled ones excluded).</param>
/// <param name="Links">Explicit links and inferred suggestions.</param>
/// <param name="Coverage">Per key result: backing and gap, in objective order.</param>
/// <param name="Orphans">Initiatives with no explicit link and no plausible suggestion.</param>
/// <param name="Allocations">Effort against importance per objective.</param>
/// <param name="CriticalPaths">Initiatives others depend on.</param>
/// <param name="MissingWork">KRs whose gap no work closes, with driver suggestions.</param>
/// <param name="Cut">The cut, when asked for.</param>
/// <param name="Findings">Every finding, worst first.</param>
public sealed record RoadmapReport(
    string Cycle,
    IReadOnlyList<Initiative> Initiatives,
    IReadOnlyList<RoadmapLink> Links,
    IReadOnlyList<KrCoverage> Coverage,
    IReadOnlyList<Initiative> Orphans,
    IReadOnlyList<ObjectiveAllocation> Allocations,
    IReadOnlyList<CriticalPath> CriticalPaths,
    IReadOnlyList<MissingWork> MissingWork,
    RoadmapCut? Cut,
    IReadOnlyList<RoadmapFinding> Findings)
{
    /// <summary>Initiatives with at least one explicit KR link.</summary>
    public IEnumerable<Initiative> Linked => Initiatives.Where(i => Links.Any(l => !l.Inferred && l.Initiative == i.Id));

    /// <summary>Share of initiatives with an explicit KR link.</summary>
    public double LinkedInitiativeShare => Initiatives.Count == 0 ? 0 : Linked.Count() / (double)Initiatives.Count;

    /// <summary>Share of roadmap effort (engineer-weeks) on initiatives with an explicit KR link.</summary>
    public double LinkedEffortShare
    {
        get
        {
            var total = Initiatives.Sum(i => i.Effort ?? 0);
            return total <= 0 ? 0 : Linked.Sum(i => i.Effort ?? 0) / total;
        }
    }

    /// <summary>The inferred suggestions only.</summary>
    public IEnumerable<RoadmapLink> Suggestions => Links.Where(l => l.Inferred);
}

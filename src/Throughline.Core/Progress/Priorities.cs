using Throughline.Core.Model;

namespace Throughline.Core.Progress;

/// <summary>
/// Ranks the at-risk key results by how much of their remaining gap the unshipped linked work is expected to close per
/// engineer-week (roadmap <c>moves.expected</c> over <c>effort</c>), so the rest of the cycle goes where it recovers most.
/// </summary>
internal static class Priorities
{
    public static IReadOnlyList<Priority> Rank(ProgressReport report, IReadOnlyList<Initiative> initiatives, DateOnly asOf)
    {
        var ranked = new List<Priority>();
        foreach (var kr in report.KeyResults.Where(k => k.Status == ProgressStatus.AtRisk && k.Recovery is { Verdict: RecoveryVerdict.Recoverable }))
        {
            var work = initiatives.Where(i => !KrEvidence.ShippedBy(i, asOf) && i.Status != InitiativeStatus.Cancelled &&
                i.Impacts.Any(m => m.KeyResult == kr.KeyResult.Ref)).ToList();
            var effort = work.Sum(i => i.Effort ?? 0);
            if (work.Count == 0 || effort <= 0)
            {
                continue;
            }

            var impact = work.SelectMany(i => i.Impacts).Where(m => m.KeyResult == kr.KeyResult.Ref).Sum(m => Math.Abs(m.Expected ?? 0));
            var gap = kr.Recovery!.Remaining;
            var share = gap > 0 ? Math.Min(1, impact / gap) : 0;
            ranked.Add(new Priority(kr.KeyResult.Ref, [.. work.Select(i => i.Id)], impact, gap, effort, share / effort));
        }

        return [.. ranked.OrderByDescending(p => p.GapPerEngineerWeek).ThenBy(p => p.KeyResult.ToString(), StringComparer.Ordinal)];
    }
}

using System.Globalization;
using Throughline.Core.Model;
using Throughline.Core.Roadmap.Cut;

namespace Throughline.Core.Roadmap;

/// <summary>
/// Turns the audit into a <see cref="CutProblem"/> and the optimiser's answer into one-line reasons. Only open
/// initiatives (planned, in progress, blocked) can be cut; shipped work counts as progress already made. A link with
/// no expected impact, or to a KR with no gap, counts as <see cref="NominalShare"/> of the KR's gap.
/// </summary>
internal static class CutPlanner
{
    public const double NominalShare = 0.5;

    public static RoadmapCut Plan(double share, IReadOnlyList<Initiative> initiatives, IReadOnlyList<KrCoverage> coverage, IReadOnlyList<RoadmapLink> links)
    {
        var open = initiatives.Where(IsOpen).ToList();
        var index = open.Select((i, n) => (i.Id, n)).ToDictionary(p => p.Id, p => p.n, StringComparer.Ordinal);
        var krIndex = coverage.Select((c, n) => (c.KeyResult.Ref, n)).ToDictionary(p => p.Ref, p => p.n);
        var explicitLinks = links.Where(l => !l.Inferred && krIndex.ContainsKey(l.KeyResult)).ToLookup(l => l.Initiative, StringComparer.Ordinal);
        var suggestions = links.Where(l => l.Inferred).ToList();
        var fixedProgress = coverage.Select(c => c.Gap is <= 0 ? 1.0 : 0.0).ToArray();
        foreach (var done in initiatives.Where(i => i.Status == InitiativeStatus.Shipped))
        {
            foreach (var link in explicitLinks[done.Id])
            {
                fixedProgress[krIndex[link.KeyResult]] += ShareOf(coverage[krIndex[link.KeyResult]], link);
            }
        }

        var items = open.Select(i => new CutItem(
            i.Effort ?? 0,
            [.. explicitLinks[i.Id].Select(l => (krIndex[l.KeyResult], ShareOf(coverage[krIndex[l.KeyResult]], l)))],
            [.. i.DependsOn.Where(index.ContainsKey).Select(d => index[d])])).ToList();
        var openEffort = items.Sum(i => i.Effort);
        var problem = new CutProblem(items, [.. coverage.Select(c => c.Priority)], fixedProgress, (1 - share) * openEffort);
        var solution = CutOptimizer.Solve(problem);
        var kept = solution.Kept.ToArray();
        for (var i = 0; i < items.Count; i++)
        {
            // Work that costs no engineering effort stays when what it depends on stays.
            kept[i] |= items[i].Effort <= 0 && items[i].Prerequisites.All(p => kept[p]) && items[i].Contributions.All(c => c.Share >= 0);
        }

        var keptValue = problem.ValueOf(kept);
        var cuts = new List<CutDecision>();
        for (var i = 0; i < items.Count; i++)
        {
            if (kept[i])
            {
                continue;
            }

            var with = (bool[])kept.Clone();
            with[i] = true;
            var lost = Math.Max(0, problem.ValueOf(with) - keptValue);
            cuts.Add(new CutDecision(open[i], lost, Reason(open[i], items[i], lost, open, kept, explicitLinks[open[i].Id].ToList(), suggestions, coverage, krIndex)));
        }

        return new RoadmapCut(
            share,
            openEffort,
            problem.Budget,
            items.Where((_, i) => kept[i]).Sum(i => i.Effort),
            problem.ValueOf([.. items.Select(_ => true)]),
            keptValue,
            Math.Max(solution.UpperBound, keptValue),
            solution.Optimal,
            solution.Nodes,
            [.. cuts.OrderByDescending(c => c.Initiative.Effort ?? 0).ThenBy(c => c.Initiative.Id, StringComparer.Ordinal)]);
    }

    public static bool IsOpen(Initiative initiative) =>
        initiative.Status is InitiativeStatus.Planned or InitiativeStatus.InProgress or InitiativeStatus.Blocked;

    private static double ShareOf(KrCoverage coverage, RoadmapLink link) =>
        link.Expected is { } expected && coverage.Gap is > 0
            ? expected * (coverage.Direction == MetricDirection.Decrease ? -1 : 1) / coverage.Gap.Value
            : NominalShare;

    private static string Reason(Initiative initiative, CutItem item, double lost, List<Initiative> open, bool[] kept, List<RoadmapLink> links, IReadOnlyList<RoadmapLink> suggestions, IReadOnlyList<KrCoverage> coverage, Dictionary<OkrRef, int> krIndex)
    {
        var effort = Format(initiative.Effort ?? 0);
        var cutPrerequisite = item.Prerequisites.Where(p => !kept[p]).Select(p => open[p].Id).FirstOrDefault();
        if (cutPrerequisite is not null && lost <= 1e-9)
        {
            return $"depends on {cutPrerequisite}, which is cut; frees {effort} ew";
        }

        if (links.Count == 0)
        {
            var suggested = suggestions.FirstOrDefault(s => s.Initiative == initiative.Id);
            return suggested is null
                ? $"moves no key result: frees {effort} ew at no KR cost"
                : $"states no KR link (suggested: {suggested.KeyResult}, score {Format(suggested.Score)}; confirm it with an expected impact to keep it): frees {effort} ew";
        }

        var moves = string.Join(", ", links.Select(l =>
        {
            var c = coverage[krIndex[l.KeyResult]];
            var amount = l.Expected is { } e ? Format(e, signed: true) : "unestimated";
            var ofGap = l.Expected is not null && c.Gap is > 0 ? $" of a {Format(c.Gap.Value)} gap" : string.Empty;
            return $"{l.KeyResult} {amount}{ofGap} (priority {Format(c.Priority)})";
        }));
        var perWeek = (initiative.Effort ?? 0) > 0 ? $", {Format(lost / initiative.Effort!.Value, digits: 3)} per ew" : string.Empty;
        var tail = cutPrerequisite is not null ? $"; also depends on {cutPrerequisite}, which is cut" : string.Empty;
        return $"lowest KR value per effort: loses {Format(lost, digits: 3)} weighted value for {effort} ew{perWeek}; moves {moves}{tail}";
    }

    private static string Format(double value, bool signed = false, int digits = 2)
    {
        var text = Math.Round(value, digits).ToString("0.###", CultureInfo.InvariantCulture);
        return signed && value > 0 ? "+" + text : text;
    }
}

using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>Initiatives other initiatives depend on, with every dependant (transitively), its slack, and the KRs that wait.</summary>
internal static class CriticalPathFinder
{
    public static IReadOnlyList<CriticalPath> Find(IReadOnlyList<Initiative> initiatives, IReadOnlyList<RoadmapLink> links)
    {
        var dependants = initiatives.SelectMany(i => i.DependsOn.Select(p => (Prerequisite: p, Dependant: i))).ToLookup(p => p.Prerequisite, p => p.Dependant, StringComparer.Ordinal);
        var paths = new List<CriticalPath>();
        foreach (var prerequisite in initiatives.Where(i => dependants[i.Id].Any() && i.Status != InitiativeStatus.Shipped))
        {
            var waiting = new List<(Initiative, int?)>();
            var seen = new HashSet<string>(StringComparer.Ordinal) { prerequisite.Id };
            var queue = new Queue<Initiative>(dependants[prerequisite.Id]);
            while (queue.Count > 0)
            {
                var dependant = queue.Dequeue();
                if (!seen.Add(dependant.Id))
                {
                    continue;
                }

                int? slack = prerequisite.ExpectedCompletion is { } done && dependant.ExpectedCompletion is { } due ? due.DayNumber - done.DayNumber : null;
                waiting.Add((dependant, slack));
                foreach (var next in dependants[dependant.Id])
                {
                    queue.Enqueue(next);
                }
            }

            var ids = waiting.Select(w => w.Item1.Id).Append(prerequisite.Id).ToHashSet(StringComparer.Ordinal);
            var krs = links.Where(l => !l.Inferred && ids.Contains(l.Initiative)).Select(l => l.KeyResult).Distinct().OrderBy(r => r.ToString(), StringComparer.Ordinal).ToList();
            paths.Add(new CriticalPath(prerequisite, waiting, krs));
        }

        return [.. paths.OrderBy(p => p.MinSlackDays ?? int.MaxValue).ThenBy(p => p.Initiative.Id, StringComparer.Ordinal)];
    }
}

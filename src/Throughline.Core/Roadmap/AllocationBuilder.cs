using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>Effort per objective against its priority, within each unit: an initiative's effort is split evenly over the objectives whose KRs it moves.</summary>
internal static class AllocationBuilder
{
    public static IReadOnlyList<ObjectiveAllocation> Build(IReadOnlyList<Objective> objectives, IReadOnlyList<Initiative> initiatives, IReadOnlyList<RoadmapLink> links)
    {
        var objectiveOfKr = objectives.SelectMany(o => o.KeyResults.Select(k => (k.Ref, o))).ToDictionary(p => p.Ref, p => p.o);
        var effort = new Dictionary<OkrRef, double>();
        foreach (var initiative in initiatives)
        {
            var moved = links.Where(l => !l.Inferred && l.Initiative == initiative.Id && objectiveOfKr.ContainsKey(l.KeyResult))
                .Select(l => objectiveOfKr[l.KeyResult].Ref)
                .Distinct()
                .ToList();
            foreach (var objective in moved)
            {
                effort[objective] = effort.GetValueOrDefault(objective) + ((initiative.Effort ?? 0) / moved.Count);
            }
        }

        var allocations = new List<ObjectiveAllocation>();
        foreach (var unit in objectives.GroupBy(o => o.Ref.Scope ?? o.Owner ?? string.Empty))
        {
            var members = unit.ToList();
            var totalPriority = members.Sum(Priorities.Of);
            var totalEffort = members.Sum(o => effort.GetValueOrDefault(o.Ref));
            if (totalEffort <= 0)
            {
                // No engineering effort behind the unit's objectives (company KRs backed through teams, go-to-market work): nothing to compare.
                continue;
            }

            foreach (var objective in members)
            {
                var own = effort.GetValueOrDefault(objective.Ref);
                allocations.Add(new ObjectiveAllocation(
                    objective,
                    unit.Key,
                    Priorities.Of(objective),
                    totalPriority <= 0 ? 0 : Priorities.Of(objective) / totalPriority,
                    own,
                    own / totalEffort));
            }
        }

        return allocations;
    }
}

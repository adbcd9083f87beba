using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>
/// Effort per objective against its priority, within each unit: an initiative's effort is split evenly over the
/// objectives whose KRs it moves. A company objective also gets the effort of the objectives that support it (directly
/// or through others), an objective supporting several parents splitting its effort evenly among them.
/// </summary>
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

        foreach (var (company, rolled) in RollUp(objectives, effort))
        {
            effort[company] = effort.GetValueOrDefault(company) + rolled;
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

    private static Dictionary<OkrRef, double> RollUp(IReadOnlyList<Objective> objectives, Dictionary<OkrRef, double> effort)
    {
        var byRef = objectives.GroupBy(o => o.Ref).ToDictionary(g => g.Key, g => g.First());
        var rolled = new Dictionary<OkrRef, double>();

        void Push(Objective objective, double amount, HashSet<OkrRef> path)
        {
            var parents = objective.Supports.Select(s => s.Target.ObjectiveRef).Distinct().Where(r => byRef.ContainsKey(r) && !path.Contains(r)).ToList();
            if (parents.Count == 0)
            {
                if (objective.Level == ObjectiveLevel.Company && path.Count > 1)
                {
                    rolled[objective.Ref] = rolled.GetValueOrDefault(objective.Ref) + amount;
                }

                return;
            }

            foreach (var parent in parents)
            {
                Push(byRef[parent], amount / parents.Count, [.. path, parent]);
            }
        }

        foreach (var objective in objectives.Where(o => o.Level != ObjectiveLevel.Company && effort.GetValueOrDefault(o.Ref) > 0))
        {
            Push(objective, effort[objective.Ref], [objective.Ref]);
        }

        return rolled;
    }
}

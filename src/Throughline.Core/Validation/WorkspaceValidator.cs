using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Validation;

/// <summary>
/// Checks a workspace's cross-file consistency: unique ids, references to units, cycles, objectives, key results,
/// initiatives and metrics that exist, and values inside their ranges. Pure: the model in, diagnostics out.
/// </summary>
public static class WorkspaceValidator
{
    /// <summary>Every consistency problem of <paramref name="workspace"/>.</summary>
    public static IReadOnlyList<Diagnostic> Validate(OkrWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var bag = new DiagnosticBag();
        var context = new ValidationContext(workspace, bag);
        ValidateCycles(context);
        ValidateUnits(context);
        ValidateObjectives(context);
        ReferenceValidator.Validate(context);
        return bag.Items;
    }

    private static void ValidateCycles(ValidationContext c)
    {
        Duplicates(c, c.Workspace.Cycles, x => x.Id, x => x.Origin, "cycle");
        foreach (var cycle in c.Workspace.Cycles.Where(x => x.End < x.Start))
        {
            c.Bag.Error(DiagnosticCodes.CycleEndsBeforeStart, cycle.Origin, $"cycle '{cycle.Id}' ends on {cycle.End:yyyy-MM-dd}, before it starts on {cycle.Start:yyyy-MM-dd}", "swap 'start' and 'end' or correct the dates");
        }

        if (c.Workspace.CurrentCycle.Length > 0 && c.Workspace.FindCycle(c.Workspace.CurrentCycle) is null)
        {
            c.Bag.Error(DiagnosticCodes.UnknownCycle, null, $"current_cycle '{c.Workspace.CurrentCycle}' is not defined in workspace.yaml", $"add it under 'cycles:' or use one of: {string.Join(", ", c.Workspace.Cycles.Select(x => x.Id))}");
        }
    }

    private static void ValidateUnits(ValidationContext c)
    {
        Duplicates(c, c.Workspace.Units, x => x.Id, x => x.Origin, "unit");
        foreach (var unit in c.Workspace.Units)
        {
            if (!OkrRef.IsValidScope(unit.Id))
            {
                c.Bag.Error(DiagnosticCodes.BadValue, unit.Origin, $"unit id '{unit.Id}' is not a slug", "use letters, digits, '.', '_' and '-' only, e.g. customer-success");
            }

            if (unit.Parent is not null)
            {
                c.RequireUnit(unit.Parent, unit.Origin, $"unit '{unit.Id}' has parent");
            }

            if (unit.CapacityForAsks is < 0)
            {
                c.Bag.Error(DiagnosticCodes.BadValue, unit.Origin, $"unit '{unit.Id}' has negative capacity_for_asks {unit.CapacityForAsks}", "write the engineer-weeks available per cycle, 0 or more");
            }
        }

        foreach (var unit in c.Workspace.Units)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { unit.Id };
            for (var parent = unit.Parent; parent is not null; parent = c.Unit(parent)?.Parent)
            {
                if (!seen.Add(parent))
                {
                    c.Bag.Error(DiagnosticCodes.ParentLoop, unit.Origin, $"unit '{unit.Id}' is its own ancestor ({string.Join(" -> ", seen)} -> {parent})", "fix 'parent' so the org chart is a tree");
                    break;
                }
            }
        }
    }

    private static void ValidateObjectives(ValidationContext c)
    {
        var objectives = c.Workspace.Objectives;
        Duplicates(c, objectives, o => $"{o.Cycle}|{o.Ref}", o => o.Origin, "objective", o => $"{o.Ref} in {o.Cycle}");
        Duplicates(c, objectives.SelectMany(o => o.KeyResults.Select(kr => (o.Cycle, kr))), x => $"{x.Cycle}|{x.kr.Ref}", x => x.kr.Origin, "key result", x => $"{x.kr.Ref} in {x.Cycle}");
        foreach (var objective in objectives)
        {
            if (objective.Owner is not null)
            {
                c.RequireUnit(objective.Owner, objective.Origin, $"objective {objective.Ref} belongs to");
            }
            else
            {
                if (c.Unit(objective.Ref.Scope!) is not null)
                {
                    c.Bag.Warning(DiagnosticCodes.SharedScope, objective.Origin, $"shared scope '{objective.Ref.Scope}' is also a unit id, so its references are ambiguous", "give the shared file a scope name that is not a unit id");
                }

                if (objective.Contributors.Count < 2)
                {
                    c.Bag.Warning(DiagnosticCodes.SharedScope, objective.Origin, $"shared objective {objective.Ref} has {objective.Contributors.Count} contributing unit(s)", "list at least two units under 'contributors', or move the objective into that unit's own file");
                }
            }

            foreach (var contributor in objective.Contributors)
            {
                c.RequireUnit(contributor.Unit, contributor.Origin, $"objective {objective.Ref} lists contributor");
            }

            foreach (var kr in objective.KeyResults)
            {
                foreach (var contributor in kr.Contributors)
                {
                    c.RequireUnit(contributor, kr.Origin, $"key result {kr.Ref} lists contributor");
                }
            }

            if (objective.Pillar is { } pillar && c.Workspace.Strategy.Pillars.All(p => p.Id != pillar))
            {
                c.Bag.Error(DiagnosticCodes.UnknownRef, objective.Origin, $"objective {objective.Ref} names unknown pillar '{pillar}'", $"use one of the pillars in workspace.yaml: {string.Join(", ", c.Workspace.Strategy.Pillars.Select(p => p.Id))}");
            }
        }
    }

    internal static void Duplicates<T>(ValidationContext c, IEnumerable<T> items, Func<T, string> key, Func<T, SourceRef?> origin, string what, Func<T, string>? label = null)
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            if (k.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(k, out var original))
            {
                var where = origin(original);
                c.Bag.Error(DiagnosticCodes.DuplicateId, origin(item), $"duplicate {what} id '{(label ?? key)(item)}'{(where is null ? "" : $" (first defined at {where})")}", "give each one its own id");
            }
            else
            {
                first[k] = item;
            }
        }
    }
}

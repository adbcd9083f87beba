using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Validation;

/// <summary>Checks the references between files: supports links, roadmap, dependencies, check-ins, catalogue, log and grades.</summary>
internal static class ReferenceValidator
{
    public static void Validate(ValidationContext c)
    {
        var cycles = c.Workspace.Cycles.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var objective in c.Workspace.Objectives)
        {
            foreach (var link in objective.Supports)
            {
                c.RequireRef(objective.Cycle, link.Target, link.Origin ?? objective.Origin, $"objective {objective.Ref} supports");
            }
        }

        ValidateInitiatives(c, cycles);
        ValidateDependencies(c);
        ValidateCheckIns(c);
        ValidateCatalogue(c);
        ValidateLogAndGrades(c, cycles);
    }

    private static void ValidateInitiatives(ValidationContext c, HashSet<string> cycles)
    {
        var initiatives = c.Workspace.Initiatives;
        WorkspaceValidator.Duplicates(c, initiatives, i => i.Id, i => i.Origin, "initiative");
        var ids = initiatives.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var initiative in initiatives)
        {
            c.RequireUnit(initiative.Unit, initiative.Origin, $"initiative {initiative.Id} belongs to");
            var cycle = initiative.Cycle ?? c.Workspace.CurrentCycle;
            if (initiative.Cycle is not null && !cycles.Contains(initiative.Cycle))
            {
                c.Bag.Error(DiagnosticCodes.UnknownCycle, initiative.Origin, $"initiative {initiative.Id} is planned for unknown cycle '{initiative.Cycle}'", "use a cycle defined in workspace.yaml");
            }

            foreach (var impact in initiative.Impacts)
            {
                c.RequireRef(cycle, impact.KeyResult, initiative.Origin, $"initiative {initiative.Id} moves");
            }

            foreach (var dependency in initiative.DependsOn.Where(d => !ids.Contains(d)))
            {
                c.Bag.Error(DiagnosticCodes.UnknownInitiative, initiative.Origin, $"initiative {initiative.Id} depends on unknown initiative '{dependency}'", "use the id of an initiative in roadmap.yaml");
            }

            if (initiative.Effort is < 0)
            {
                c.Bag.Error(DiagnosticCodes.BadValue, initiative.Origin, $"initiative {initiative.Id} has negative effort {initiative.Effort}", "write effort in engineer-weeks, 0 or more");
            }
        }
    }

    private static void ValidateDependencies(ValidationContext c)
    {
        WorkspaceValidator.Duplicates(c, c.Workspace.Dependencies, d => d.Id, d => d.Origin, "dependency");
        foreach (var dependency in c.Workspace.Dependencies)
        {
            c.RequireUnit(dependency.From, dependency.Origin, $"dependency {dependency.Id} is from", DiagnosticCodes.DependencyUnknownUnit);
            c.RequireUnit(dependency.On, dependency.Origin, $"dependency {dependency.Id} is on", DiagnosticCodes.DependencyUnknownUnit);
            if (dependency.From == dependency.On)
            {
                c.Bag.Warning(DiagnosticCodes.BadValue, dependency.Origin, $"dependency {dependency.Id} is a unit depending on itself ('{dependency.From}')", "name the other unit in 'on'");
            }

            if (dependency.KeyResult is { } kr && !c.Index.ExistsInAnyCycle(kr))
            {
                c.RequireRef(c.Workspace.CurrentCycle, kr, dependency.Origin, $"dependency {dependency.Id} is for");
            }

            if (dependency.EngineerWeeks is < 0)
            {
                c.Bag.Error(DiagnosticCodes.BadValue, dependency.Origin, $"dependency {dependency.Id} asks for negative engineer_weeks {dependency.EngineerWeeks}", "write the engineer-weeks the ask costs, 0 or more");
            }
        }
    }

    private static void ValidateCheckIns(ValidationContext c)
    {
        foreach (var checkIn in c.Workspace.CheckIns)
        {
            var cycle = c.Workspace.Cycles.FirstOrDefault(x => x.Contains(checkIn.Date));
            if (cycle is not null && c.Index.Exists(cycle.Id, checkIn.KeyResult))
            {
                continue;
            }

            if (c.Index.ExistsInAnyCycle(checkIn.KeyResult))
            {
                c.Bag.Warning(DiagnosticCodes.CheckInOutsideCycle, checkIn.Origin, $"check-in for {checkIn.KeyResult} on {checkIn.Date:yyyy-MM-dd} falls outside the key result's cycle", "check the date; check-ins belong inside their KR's cycle");
                continue;
            }

            c.RequireRef(cycle?.Id ?? c.Workspace.CurrentCycle, checkIn.KeyResult, checkIn.Origin, "check-in for", DiagnosticCodes.CheckInUnknownKr);
        }
    }

    private static void ValidateCatalogue(ValidationContext c)
    {
        WorkspaceValidator.Duplicates(c, c.Workspace.Metrics, m => m.Id, m => m.Origin, "metric");
        WorkspaceValidator.Duplicates(c, c.Workspace.Kpis, k => k.Id, k => k.Origin, "KPI");
        WorkspaceValidator.Duplicates(c, c.Workspace.Events, e => e.Id, e => e.Origin, "event");
        var metrics = c.Workspace.Metrics.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var metric in c.Workspace.Metrics.Where(m => m.OwnerUnit is not null))
        {
            c.RequireUnit(metric.OwnerUnit!, metric.Origin, $"metric {metric.Id} is owned by");
        }

        foreach (var kpi in c.Workspace.Kpis)
        {
            c.RequireUnit(kpi.Unit, kpi.Origin, $"KPI {kpi.Id} is watched by");
            UnknownMetric(c, metrics, kpi.Metric, kpi.Origin, $"KPI {kpi.Id}");
            if (kpi.HealthyMin is { } min && kpi.HealthyMax is { } max && max < min)
            {
                c.Bag.Error(DiagnosticCodes.BadValue, kpi.Origin, $"KPI {kpi.Id} has healthy_max {max} below healthy_min {min}", "swap the bounds");
            }
        }

        if (metrics.Count > 0)
        {
            foreach (var group in c.Workspace.MetricHistory.GroupBy(h => h.Metric, StringComparer.Ordinal).Where(g => !metrics.Contains(g.Key)))
            {
                UnknownMetric(c, metrics, group.Key, group.First().Origin, $"metric history ({group.Count()} rows)");
            }
        }

        foreach (var item in c.Workspace.Events)
        {
            foreach (var unit in item.Units)
            {
                c.RequireUnit(unit, item.Origin, $"event {item.Id} names");
            }

            if (item.EndDate is { } end && end < item.Date)
            {
                c.Bag.Error(DiagnosticCodes.BadValue, item.Origin, $"event {item.Id} ends on {end:yyyy-MM-dd}, before it starts on {item.Date:yyyy-MM-dd}", "swap 'date' and 'end'");
            }
        }
    }

    private static void UnknownMetric(ValidationContext c, HashSet<string> metrics, string metric, SourceRef? where, string subject)
    {
        if (metrics.Count > 0 && !metrics.Contains(metric))
        {
            c.Bag.Warning(DiagnosticCodes.UnknownMetric, where, $"{subject} names metric '{metric}', which is not in metrics.yaml", "add the metric to metrics.yaml or use a catalogue id");
        }
    }

    private static void ValidateLogAndGrades(ValidationContext c, HashSet<string> cycles)
    {
        foreach (var entry in c.Workspace.Decisions)
        {
            foreach (var okrRef in entry.Affects.Where(r => !c.Index.ExistsInAnyCycle(r)))
            {
                c.RequireRef(c.Workspace.CurrentCycle, okrRef, entry.Origin, "decision log entry affects");
            }
        }

        foreach (var grade in c.Workspace.Grades)
        {
            if (!cycles.Contains(grade.Cycle))
            {
                c.Bag.Error(DiagnosticCodes.UnknownCycle, grade.Origin, $"grade for {grade.KeyResult} names unknown cycle '{grade.Cycle}'", "use a cycle defined in workspace.yaml");
            }
            else
            {
                c.RequireRef(grade.Cycle, grade.KeyResult, grade.Origin, "grade for");
            }

            if (grade.Score is < 0 or > 1)
            {
                c.Bag.Error(DiagnosticCodes.BadGrade, grade.Origin, $"grade for {grade.KeyResult} is {grade.Score}, outside 0.0-1.0", "grade on the 0.0-1.0 scale (0.7 is a typical good grade)");
            }
        }
    }
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>workspace.yaml</c>: organisation, current cycle, mission, pillars, cycles and settings.</summary>
internal static class WorkspaceFileReader
{
    public sealed record Header(string Organisation, string CurrentCycle, Strategy Strategy, IReadOnlyList<Cycle> Cycles, WorkspaceSettings Settings);

    public static Header Read(YamlFields root)
    {
        var organisation = root.String("organisation", required: true, fix: "add 'organisation: <company name>'") ?? "(unnamed)";
        var cycles = root.Maps("cycles", required: true).Select(ReadCycle).OfType<Cycle>().ToList();
        var current = root.String("current_cycle") ?? cycles.LastOrDefault()?.Id ?? "";
        if (current.Length == 0)
        {
            root.Diagnostics.Error(DiagnosticCodes.MissingField, root.Where, "missing 'current_cycle' and no cycles are defined", "add a 'cycles:' list and 'current_cycle: <id>'");
        }

        var strategy = new Strategy
        {
            Mission = root.String("mission"),
            Pillars = [.. root.Maps("pillars").Select(ReadPillar).OfType<StrategicPillar>()],
        };

        var settings = new WorkspaceSettings();
        if (root.Map("settings") is { } s)
        {
            settings = new WorkspaceSettings
            {
                MaxObjectivesPerUnit = s.Integer("max_objectives_per_unit") ?? settings.MaxObjectivesPerUnit,
                MinKeyResultsPerObjective = s.Integer("min_krs_per_objective") ?? settings.MinKeyResultsPerObjective,
                MaxKeyResultsPerObjective = s.Integer("max_krs_per_objective") ?? settings.MaxKeyResultsPerObjective,
                CheckInCadenceDays = s.Integer("checkin_cadence_days") ?? settings.CheckInCadenceDays,
            };
            s.Complete();
        }

        root.Complete();
        return new Header(organisation, current, strategy, cycles, settings);
    }

    private static Cycle? ReadCycle(YamlFields f)
    {
        var id = f.String("id", required: true, fix: "give the cycle an id such as 2026-Q1");
        var start = f.Date("start", required: true);
        var end = f.Date("end", required: true);
        f.Complete();
        return id is null || start is null || end is null
            ? null
            : new Cycle { Id = id, Start = start.Value, End = end.Value, Origin = f.Where };
    }

    private static StrategicPillar? ReadPillar(YamlFields f)
    {
        var id = f.String("id", required: true);
        var name = f.String("name", required: true);
        var description = f.String("description");
        f.Complete();
        return id is null || name is null ? null : new StrategicPillar { Id = id, Name = name, Description = description, Origin = f.Where };
    }
}

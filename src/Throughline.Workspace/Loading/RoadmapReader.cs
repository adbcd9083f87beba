using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>roadmap.yaml</c>: initiatives and the key results they move.</summary>
internal static class RoadmapReader
{
    public static IReadOnlyList<Initiative> Read(YamlFields root)
    {
        var result = root.Maps("initiatives", required: true).Select(ReadOne).OfType<Initiative>().ToList();
        root.Complete();
        return result;
    }

    private static Initiative? ReadOne(YamlFields f)
    {
        var id = f.String("id", required: true);
        var title = f.String("title", required: true);
        var unit = f.String("unit", required: true, fix: "name the owning unit: 'unit: <unit id>'");
        var impacts = f.Maps("moves").Select(m => ReadImpact(m, unit)).OfType<KrImpact>().ToList();
        var initiative = new Initiative
        {
            Id = id ?? "",
            Title = title ?? "",
            Description = f.String("description"),
            Unit = unit ?? "",
            Cycle = f.String("cycle"),
            Status = f.Enum<InitiativeStatus>("status") ?? InitiativeStatus.Planned,
            ExpectedCompletion = f.Date("expected"),
            ShippedOn = f.Date("shipped"),
            Effort = f.Number("effort"),
            Impacts = impacts,
            DependsOn = f.StringList("depends_on"),
            Labels = f.StringList("labels"),
            Origin = f.Where,
        };
        f.Complete();
        return id is null || title is null || unit is null ? null : initiative;
    }

    private static KrImpact? ReadImpact(YamlFields f, string? unit)
    {
        var kr = RefReader.Read(f, "kr", unit, required: true);
        var impact = kr is null ? null : new KrImpact { KeyResult = kr, Expected = f.Number("expected"), Rationale = f.String("why") };
        f.Complete();
        return impact;
    }
}

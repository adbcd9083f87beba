using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>units.yaml</c>.</summary>
internal static class UnitsReader
{
    public static IReadOnlyList<OrgUnit> Read(YamlFields root)
    {
        var units = root.Maps("units", required: true).Select(ReadUnit).OfType<OrgUnit>().ToList();
        root.Complete();
        return units;
    }

    private static OrgUnit? ReadUnit(YamlFields f)
    {
        var id = f.String("id", required: true, fix: "give the unit a slug id such as 'growth'");
        var name = f.String("name") ?? id;
        var kind = f.Enum<UnitKind>("kind", required: true);
        var size = new TeamSize();
        if (f.Map("size") is { } s)
        {
            size = new TeamSize(s.Integer("engineers") ?? 0, s.Integer("designers") ?? 0, s.Integer("pms") ?? 0, s.Integer("others") ?? 0);
            s.Complete();
        }

        var unit = new OrgUnit
        {
            Id = id ?? "",
            Name = name ?? "",
            Kind = kind ?? UnitKind.ProductTeam,
            Parent = f.String("parent"),
            Area = f.String("area"),
            Segments = f.StringList("segments"),
            Metrics = f.StringList("metrics"),
            Size = size,
            CapacityForAsks = f.Number("capacity_for_asks"),
            Lead = f.String("lead"),
            Origin = f.Where,
        };
        f.Complete();
        return id is null || kind is null ? null : unit;
    }
}

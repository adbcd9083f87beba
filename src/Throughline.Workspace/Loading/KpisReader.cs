using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>kpis.yaml</c>.</summary>
internal static class KpisReader
{
    public static IReadOnlyList<Kpi> Read(YamlFields root)
    {
        var result = root.Maps("kpis", required: true).Select(ReadOne).OfType<Kpi>().ToList();
        root.Complete();
        return result;
    }

    private static Kpi? ReadOne(YamlFields f)
    {
        var id = f.String("id", required: true);
        var metric = f.String("metric", required: true);
        var unit = f.String("unit", required: true, fix: "name the unit that watches the KPI: 'unit: <unit id>'");
        var kpi = new Kpi
        {
            Id = id ?? "",
            Metric = metric ?? "",
            Unit = unit ?? "",
            HealthyMin = f.Number("healthy_min"),
            HealthyMax = f.Number("healthy_max"),
            MeasureUnit = f.Enum<MeasureUnit>("measure") ?? MeasureUnit.Unspecified,
            Origin = f.Where,
        };
        f.Complete();
        return id is null || metric is null || unit is null ? null : kpi;
    }
}

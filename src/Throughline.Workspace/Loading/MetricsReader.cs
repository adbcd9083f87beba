using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>metrics.yaml</c>, the metric catalogue.</summary>
internal static class MetricsReader
{
    public static IReadOnlyList<MetricDefinition> Read(YamlFields root)
    {
        var result = root.Maps("metrics", required: true).Select(ReadOne).OfType<MetricDefinition>().ToList();
        root.Complete();
        return result;
    }

    private static MetricDefinition? ReadOne(YamlFields f)
    {
        var id = f.String("id", required: true);
        var metric = new MetricDefinition
        {
            Id = id ?? "",
            Name = f.String("name") ?? id ?? "",
            Synonyms = f.StringList("synonyms"),
            Definition = f.String("definition"),
            MeasureUnit = f.Enum<MeasureUnit>("unit") ?? MeasureUnit.Unspecified,
            Measurement = new Measurement(f.String("source"), f.String("event"), f.String("dashboard")),
            OwnerUnit = f.String("owner"),
            GoodDirection = f.Enum<MetricDirection>("good_direction"),
            Indicator = f.Enum<IndicatorKind>("indicator"),
            Origin = f.Where,
        };
        f.Complete();
        return id is null ? null : metric;
    }
}

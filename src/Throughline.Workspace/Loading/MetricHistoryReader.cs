using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>metric-history.csv</c>.</summary>
internal static class MetricHistoryReader
{
    public static readonly IReadOnlyList<string> Required = ["metric", "date", "value"];

    public static IReadOnlyList<MetricObservation> Read(CsvTable table, DiagnosticBag diagnostics)
    {
        var result = new List<MetricObservation>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var metric = row.Required("metric", diagnostics);
            var date = row.Date("date", diagnostics);
            var value = row.Number("value", diagnostics);
            if (value is null && row.Text("value") is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingField, row.WhereOf("value"), "'value' is empty", "fill in the value or delete the row");
            }

            if (metric is not null && date is not null && value is not null)
            {
                result.Add(new MetricObservation(metric, date.Value, value.Value, row.Where));
            }
        }

        return result;
    }
}

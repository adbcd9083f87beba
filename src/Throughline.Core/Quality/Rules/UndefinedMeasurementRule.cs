using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>KR005: a key result with no measurement whose metric is not in the workspace's catalogue.</summary>
internal sealed class UndefinedMeasurementRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "KR005",
        Severity.Warning,
        "Measurement undefined",
        "A KR nobody can measure today would need data infrastructure that does not exist; check-ins become guesses.",
        "State the data source, event or dashboard, or add the metric (with its source) to the catalogue.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (_, kr) in context.KeyResults.Where(p => !p.KeyResult.IsRat && !p.KeyResult.Measurement.IsDefined))
        {
            var match = context.MetricOf(kr);
            if (match is { Metric.FromCatalogue: true })
            {
                continue;
            }

            yield return Findings.For(
                Descriptor,
                kr,
                $"{OkrText.Quote(kr.Text)} says nothing about how it is measured, and its metric is not in the catalogue: it would need data infrastructure that does not exist.",
                match is null ? "no measurement; no catalogue metric matches" : $"no measurement; closest known metric '{match.Metric.Name}' is not in the workspace catalogue",
                "Add a measurement (source, event or dashboard, e.g. the system of record and the report that counts it), or add the metric to metrics.yaml with its source.");
        }
    }
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Quality.Rules;

/// <summary>
/// OB005: an objective whose key results are all lagging indicators (revenue, churn, retention…), so nothing tells
/// the team within the cycle whether it is on course. Fires only when every KR's indicator kind is known — stated in
/// the KR, or from its metric in the catalogue or the knowledge base — and at least two KRs are measured. Company
/// objectives are exempt: their lagging outcomes are what the teams' leading indicators predict.
/// </summary>
internal sealed class LeadingIndicatorRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "OB005",
        Severity.Warning,
        "No leading indicator",
        "Lagging metrics (revenue, churn, retention, NRR) move months after the work; with only those, the team learns whether it succeeded after the cycle is over and cannot steer during it.",
        "Add a leading KR that moves within weeks and predicts the lagging one (activation, weekly usage of the key workflow, trial conversion), and keep the lagging KR as the outcome it predicts.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        // Company objectives are lagging by nature: the teams' objectives supply the leading indicators.
        foreach (var objective in context.Objectives.Where(o => o.Level != ObjectiveLevel.Company))
        {
            var measured = objective.KeyResults.Where(k => !k.IsRat).ToList();
            if (measured.Count < 2)
            {
                continue;
            }

            var kinds = measured.Select(k => (KeyResult: k, Metric: context.MetricOf(k)?.Metric, Kind: k.Indicator ?? context.MetricOf(k)?.Metric.Indicator)).ToList();
            if (kinds.Any(k => k.Kind != IndicatorKind.Lagging))
            {
                continue;
            }

            var drivers = kinds
                .Where(k => k.Metric is not null)
                .SelectMany(k => context.Knowledge.DriversOf(k.Metric!.CanonicalId))
                .Where(m => m.Indicator == IndicatorKind.Leading && !m.IsVanity)
                .Select(m => m.Name)
                .Distinct(StringComparer.Ordinal)
                .Take(3)
                .ToList();
            var suggestion = drivers.Count > 0 ? $" Candidates from the knowledge base: {string.Join(", ", drivers)}." : string.Empty;
            yield return Findings.For(
                Descriptor,
                objective,
                $"{OkrText.Quote(objective.Title)} has only lagging key results: the team will not know before the cycle ends whether it is on course.",
                string.Join("; ", kinds.Select(k => $"{k.KeyResult.Ref.LocalId} {k.Metric?.Name ?? k.KeyResult.Metric ?? "metric"}: lagging")),
                Descriptor.HowToFix + suggestion);
        }
    }
}

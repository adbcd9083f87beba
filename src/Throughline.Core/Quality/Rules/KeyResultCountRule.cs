using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>OB004: an objective with fewer or more key results than the workspace allows.</summary>
internal sealed class KeyResultCountRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "OB004",
        Severity.Warning,
        "Key result count out of range",
        "One KR rarely captures an objective; more than about five dilutes focus and turns the objective into a task list or a KPI dashboard.",
        "Keep two to five KRs that together show the objective is met; move KPIs to health metrics and outputs to the roadmap.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var (min, max) = (context.Workspace.Settings.MinKeyResultsPerObjective, context.Workspace.Settings.MaxKeyResultsPerObjective);
        foreach (var objective in context.Objectives)
        {
            var count = objective.KeyResults.Count;
            if (count >= min && count <= max)
            {
                continue;
            }

            var tooMany = count > max;
            yield return Findings.For(
                Descriptor,
                objective,
                $"{OkrText.Quote(objective.Title)} has {count} key results; the workspace allows {min} to {max}.",
                $"{count} KRs; settings min {min}, max {max}",
                tooMany
                    ? $"Keep the {max} KRs that best show the outcome; move health metrics to KPIs and deliverables to initiatives."
                    : $"Add KRs until {min} together show the objective is met (e.g. a leading and a lagging metric).");
        }
    }
}

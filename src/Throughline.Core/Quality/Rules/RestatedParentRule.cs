using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>OB003: an objective whose title repeats the title of the objective it supports, word for word.</summary>
internal sealed class RestatedParentRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "OB003",
        Severity.Warning,
        "Objective restates its parent",
        "Copying the parent objective is cascading, not aligning: it hides what this unit will contribute and makes every unit accountable for everything.",
        "State this unit's own contribution to the parent, in its own area.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var objective in context.Objectives)
        {
            var title = OkrText.Normalise(objective.Title);
            var parent = objective.Supports
                .Select(s => context.FindObjective(s.Target.ObjectiveRef))
                .FirstOrDefault(p => p is not null && p.Ref != objective.Ref && OkrText.Normalise(p.Title) == title);
            if (parent is null)
            {
                continue;
            }

            yield return Findings.For(
                Descriptor,
                objective,
                $"{OkrText.Quote(objective.Title)} repeats the objective it supports, {parent.Ref}, word for word.",
                $"{objective.Ref} and {parent.Ref} have the same title",
                $"Write what {objective.Owner ?? "this unit"} contributes to {parent.Ref}, in its own area (e.g. the part of the customer journey it owns).");
        }
    }
}

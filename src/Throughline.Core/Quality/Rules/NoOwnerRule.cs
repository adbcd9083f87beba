using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>KR008: a key result with no owner, on an objective with no accountable person either.</summary>
internal sealed class NoOwnerRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "KR008",
        Severity.Warning,
        "Key result has no owner",
        "A KR nobody owns gets no check-ins and no escalation: everyone assumes someone else is on it.",
        "Name one person accountable for the KR (or for its objective).");

    public IEnumerable<Finding> Check(RuleContext context) =>
        context.KeyResults
            .Where(p => string.IsNullOrWhiteSpace(p.KeyResult.Owner) && string.IsNullOrWhiteSpace(p.Objective.OwnerPerson))
            .Select(p => Findings.For(
                Descriptor,
                p.KeyResult,
                $"{OkrText.Quote(p.KeyResult.Text)} has no owner, and its objective {p.Objective.Ref} has no owner_person.",
                "no owner on the KR; no owner_person on the objective",
                $"Add 'owner: <person>' to {p.KeyResult.Ref}: the one person who checks in weekly and escalates."));
}

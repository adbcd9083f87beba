using Throughline.Core.Diagnostics;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Conflicts;

/// <summary>The conflict rule catalogue (docs/rules.md, "Conflict rules").</summary>
public static class ConflictRules
{
    /// <summary>Every conflict rule.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new("CF001", Severity.Warning, "Metric tension", "Two units' KRs trade off: one team's win is the other's loss (knowledge-base tension pairs, or opposite directions on one metric).", "Agree a guardrail: one side adds the other's metric as a maintain KR, or both measure the outcome after the trade-off."),
        new("CF002", Severity.Warning, "One metric, two definitions", "Two units measure one metric (or its synonyms) with different sources or units: their numbers will not agree.", "Agree one definition, or add a separate catalogue metric with its own name."),
        new("CF003", Severity.Warning, "Over-asked unit", "The engineer-weeks other units ask of a unit exceed its stated capacity for asks.", "Prioritise the asks by the importance of the KRs they serve; drop or defer the rest."),
        new("CF004", Severity.Warning, "Incompatible dates", "Several units need one provider by dates that, together, exceed what it can deliver by then.", "Sequence the asks explicitly and tell the later one."),
        new("CF005", Severity.Warning, "Provider plan lands late", "The provider's initiative for a dependency is expected after the date the work is needed.", "Re-plan the initiative or move the dependent KR's date; say which KR is at risk."),
        new("CF006", Severity.Warning, "Unagreed dependency", "A KR depends on another unit that has not agreed to the work.", "Escalate now, or re-scope the KR so it does not need the work."),
        new("CF007", Severity.Warning, "Dependency not reflected", "An agreed dependency appears in none of the provider's OKRs or initiatives.", "The provider adds an initiative for it, or the asking unit treats its KR as at risk."),
        new("CF008", Severity.Warning, "Unaccepted contribution", "A unit claims to support a company objective or KR whose owner has explicitly not accepted the contribution.", "Agree the contribution with the parent's owner, or drop the link."),
        new("CF010", Severity.Info, "Metric tension read from levers", "Two units' KRs pull levers that trade off (levers.json: cutting cost against shorter waits, charging more against conversion, intake against retention...) where the units meet, or push the same measured thing both ways.", "Agree a guardrail, or count each side's result net of the other's."),
        new("CF009", Severity.Warning, "Company KR nobody owns", "No unit supports a company KR.", "Ask the suggested unit (the one whose area and metrics fit best) to own it, or question the KR."),
    ];
}

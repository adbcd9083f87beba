using Throughline.Core.Diagnostics;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Alignment;

/// <summary>The alignment rule catalogue (docs/rules.md, "Alignment rules").</summary>
public static class AlignmentRules
{
    /// <summary>Every alignment rule.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new("AL001", Severity.Warning, "Claimed, not evident", "A team objective links to a company objective or KR, but nothing it measures or says connects to it (strength 1/5).", "Link it to what it really moves, or change its KRs so they move the parent."),
        new("AL002", Severity.Warning, "Company KR uncovered", "No team objective or KR supports a company KR: either the strategy needs work or the teams' scope needs clarification.", "Give it an owner (the suggested unit) or question the KR."),
        new("AL003", Severity.Warning, "Local goal", "A team objective supports nothing and is not marked as a support/health goal.", "Link it to the company KR it moves, or mark it health: true."),
        new("AL004", Severity.Warning, "Health everything", "Every objective of a unit is a health goal, yet its KRs measure the metric of (or a driver of) a company KR.", "Link the objective to that company KR: the unit is part of the strategy, not only keeping the lights on."),
        new("AL005", Severity.Warning, "Fragmented company objective", "One company objective is decomposed into several units' objectives with diverging metrics for the same outcome, and no shared objective.", "Replace them with one shared objective that names the units as contributors and one agreed metric."),
        new("AL006", Severity.Warning, "Chronic dependency", "The same two units depend on each other across several KRs: the ownership boundary cuts through the work.", "Give the pair a shared objective, or move the boundary so one unit owns the outcome."),
        new("AL007", Severity.Info, "Thin coverage", "A company KR is supported only by enablers or outputs: nothing measured moves its metric.", "Add a team KR on the company KR's metric or a driver of it."),
        new("AL008", Severity.Info, "Duplicated ownership", "Several units each own a KR on one metric, and none lists another as a contributor.", "Name one owner; the other units become contributors of its KR."),
        new("AL010", Severity.Info, "Cross-functional outcome", "A company KR is moved by several units' KRs and no shared objective or contributors list coordinates them.", "Make it a shared objective, or list the units as contributors of the company KR and review it together."),
        new("AL009", Severity.Warning, "Contributor without a contribution", "A shared objective lists a contributing unit with no contribution statement: nobody can tell who owns which part.", "Give every contributor a statement of what it changes."),
    ];
}

namespace Throughline.Core.Quality.Rules;

/// <summary>The quality rules Throughline runs on a cycle's objectives and key results.</summary>
public static class QualityRules
{
    internal static IReadOnlyList<IQualityRule> All { get; } =
    [
        new OutputKeyResultRule(),
        new NoMetricRule(),
        new NoTargetRule(),
        new NoBaselineRule(),
        new UndefinedMeasurementRule(),
        new VanityMetricRule(),
        new RatWithoutThresholdRule(),
        new NoOwnerRule(),
        new AmbitionCalibrationRule(),
        new ProjectNameObjectiveRule(),
        new VagueObjectiveRule(),
        new RestatedParentRule(),
        new KeyResultCountRule(),
        new LeadingIndicatorRule(),
        new TooManyObjectivesRule(),
        new DuplicateMetricRule(),
    ];

    /// <summary>Every rule's id, severity, title, why it matters and how to fix it.</summary>
    public static IReadOnlyList<RuleDescriptor> Catalogue { get; } = [.. All.Select(r => r.Descriptor)];
}

using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>KR007: a RAT-style key result (a test of an assumption) with no pass/fail threshold.</summary>
internal sealed class RatWithoutThresholdRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "KR007",
        Severity.Error,
        "RAT key result without a pass/fail threshold",
        "A test with no threshold set in advance always 'passes': the team reads whatever result it gets as encouraging.",
        "Write the threshold before running the test: 'go if at least X% of N users do Y'.");

    public IEnumerable<Finding> Check(RuleContext context) =>
        context.KeyResults
            .Where(p => p.KeyResult.IsRat && string.IsNullOrWhiteSpace(p.KeyResult.PassThreshold))
            .Select(p => Findings.For(
                Descriptor,
                p.KeyResult,
                $"{OkrText.Quote(p.KeyResult.Text)} is a test of an assumption with no pass/fail threshold: nothing says which result means 'go'.",
                "rat: true; no pass_threshold",
                "Add a pass_threshold decided now, e.g. 'at least 30% of the tested accounts adopt it and keep it after 30 days', and the measurement that decides it."));
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Quality.Rewrites;

namespace Throughline.Core.Quality.Rules;

/// <summary>KR002: a key result that names no metric and matches no known metric.</summary>
internal sealed class NoMetricRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "KR002",
        Severity.Warning,
        "Key result names no metric",
        "Without a metric nobody can say at a check-in whether the KR moved; it gets graded on opinion.",
        "Name the number that shows success (a catalogue metric where one fits) and state baseline and target.");

    public IEnumerable<Finding> Check(RuleContext context) =>
        context.KeyResults
            .Where(p => !p.KeyResult.IsRat && string.IsNullOrWhiteSpace(p.KeyResult.Metric) && context.MetricOf(p.KeyResult) is null)
            .Select(p => Findings.For(
                Descriptor,
                p.KeyResult,
                $"{OkrText.Quote(p.KeyResult.Text)} names no metric: nothing says which number shows it is done.",
                "no metric field, and the text matches no metric in the catalogue or knowledge base",
                Fix(context, p.Objective, p.KeyResult)));

    private static string Fix(RuleContext context, Model.Objective objective, Model.KeyResult keyResult) =>
        KeyResultRewriter.Propose(context, objective, keyResult) is { } rewrite
            ? $"State the metric it moves: '{rewrite.Text}'" + (rewrite.BaselineNeeded is { } needed ? $" ({needed})" : string.Empty) + "; add the metric to the catalogue."
            : $"State the metric it moves, e.g. 'Increase <metric> from <baseline> to <target> by {context.CycleEnd}', and add the metric to the catalogue.";
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Quality.Classification;
using Throughline.Core.Quality.Rewrites;

namespace Throughline.Core.Quality.Rules;

/// <summary>KR001: a key result that measures output, activity or a milestone instead of an outcome.</summary>
internal sealed class OutputKeyResultRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "KR001",
        Severity.Warning,
        "Output, activity or milestone key result",
        "A KR that counts work done (ship, launch, run 6 webinars) is hit when the work is done, whether or not anything changed for customers or the business.",
        "Measure what the work should change: 'Increase <metric> from <baseline> to <target> by <cycle end>'; move the work itself to the roadmap.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (objective, kr) in context.KeyResults.Where(p => !p.KeyResult.IsRat))
        {
            var classification = context.Classify(kr);
            if (classification.Kind == KrKind.Outcome)
            {
                continue;
            }

            var evidence = string.Join("; ", classification.Reasons);
            var rewrite = KeyResultRewriter.Propose(context, objective, kr);
            var proposal = rewrite is null
                ? $"'Increase <metric> from <baseline> to <target> by {context.CycleEnd}'"
                : $"'{rewrite.Text}'" + (rewrite.BaselineNeeded is { } needed ? $" ({needed})" : string.Empty);
            yield return classification.Kind == KrKind.Output
                ? Findings.For(Descriptor, kr, $"{OkrText.Quote(kr.Text)} measures output (work delivered), not an outcome.", evidence, $"Measure what it changes: {proposal}; track the delivery itself as an initiative.")
                : Findings.For(Descriptor, kr, $"{OkrText.Quote(kr.Text)} mixes a deliverable with an outcome.", evidence, $"Keep the outcome part only: {proposal}.", Severity.Info);
        }
    }
}

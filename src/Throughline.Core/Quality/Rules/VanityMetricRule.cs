using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>KR006: a key result measuring a vanity metric.</summary>
internal sealed class VanityMetricRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "KR006",
        Severity.Warning,
        "Vanity metric",
        "Vanity metrics (page views, sign-ups, followers) go up without the business getting better, so hitting them proves little.",
        "Measure the behaviour that creates value downstream: activation, retention, conversion or revenue.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (_, kr) in context.KeyResults)
        {
            if (context.MetricOf(kr) is not { Metric.IsVanity: true } match)
            {
                continue;
            }

            yield return Findings.For(
                Descriptor,
                kr,
                $"{OkrText.Quote(kr.Text)} measures {match.Metric.Name}, a vanity metric.",
                $"{match.Metric.Name} (matched '{match.MatchedText}'): {match.Metric.VanityNote ?? "flagged as vanity in the knowledge base"}",
                $"Replace {match.Metric.Name} with what it should lead to, e.g. 'Increase <activation, conversion or retention metric> from <baseline> to <target> by {context.CycleEnd}'.");
        }
    }
}

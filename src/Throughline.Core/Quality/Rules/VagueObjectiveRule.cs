using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>OB002: a vague objective: very short, or with no word that names a domain, a customer or a result.</summary>
internal sealed class VagueObjectiveRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "OB002",
        Severity.Warning,
        "Vague objective",
        "'Improve the product' can be claimed by any work and inspires none; it gives no direction for choosing KRs.",
        "Say what should improve, for whom, and so that what, e.g. 'Teams build dashboards together without exporting to slides'.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var filler = new HashSet<string>(context.Knowledge.Words("stop_words").Concat(context.Knowledge.Words("vague_words")), StringComparer.Ordinal);
        foreach (var objective in context.Objectives)
        {
            var words = OkrText.Words(objective.Title);
            var content = words.Where(w => !filler.Contains(w)).ToList();
            if (words.Length > 2 && content.Count > 0)
            {
                continue;
            }

            var evidence = words.Length <= 2 ? $"only {words.Length} word(s)" : "no word naming a domain, customer or result";
            yield return Findings.For(
                Descriptor,
                objective,
                $"{OkrText.Quote(objective.Title)} is vague: it does not say what should improve, for whom, or why.",
                evidence + (string.IsNullOrWhiteSpace(objective.Why) ? "; no why statement" : string.Empty),
                "Rewrite it naming the customer and the change, e.g. '<who> can <do what> without <pain>', and add a 'why' (so that ...).");
        }
    }
}

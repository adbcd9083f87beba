using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>OB002: a vague objective: very short, or with no word that names a domain, a customer or a result.</summary>
internal sealed class VagueObjectiveRule : IQualityRule
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "our", "we", "us", "it", "its", "of", "to", "for", "and", "or", "in", "on", "with", "more", "most",
        "improve", "improved", "improving", "better", "best", "make", "do", "get", "be", "things", "stuff", "product", "products",
        "quality", "overall", "general", "everything", "work", "performance", "great", "good", "excellent", "grow", "increase",
        "success", "successful", "efficiency", "efficient", "value", "business", "company", "world", "class", "level", "next",
    };

    public RuleDescriptor Descriptor { get; } = new(
        "OB002",
        Severity.Warning,
        "Vague objective",
        "'Improve the product' can be claimed by any work and inspires none; it gives no direction for choosing KRs.",
        "Say what should improve, for whom, and so that what, e.g. 'Teams build dashboards together without exporting to slides'.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var objective in context.Objectives)
        {
            var words = OkrText.Words(objective.Title);
            var content = words.Where(w => !Filler.Contains(w)).ToList();
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

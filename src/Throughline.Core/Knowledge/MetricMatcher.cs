namespace Throughline.Core.Knowledge;

/// <summary>Finds known metrics named in free text.</summary>
internal sealed class MetricMatcher
{
    private readonly IReadOnlyList<KnownMetric> _metrics;

    public MetricMatcher(IReadOnlyList<KnownMetric> metrics) => _metrics = metrics;

    /// <summary>The metrics whose name or synonym occurs in <paramref name="text"/>, best first.</summary>
    public IEnumerable<MetricMatch> Match(string text)
    {
        var lower = " " + text.ToLowerInvariant() + " ";
        var matches = new List<MetricMatch>();
        foreach (var metric in _metrics)
        {
            foreach (var name in metric.Synonyms.Prepend(metric.Name))
            {
                var needle = " " + name.ToLowerInvariant() + " ";
                if (lower.Contains(needle, StringComparison.Ordinal))
                {
                    matches.Add(new MetricMatch(metric, name == metric.Name ? 1.0 : 0.9, name, name == metric.Name ? "name" : "synonym"));
                    break;
                }
            }
        }

        return matches.OrderByDescending(m => m.Score).ThenByDescending(m => m.MatchedText.Length);
    }
}

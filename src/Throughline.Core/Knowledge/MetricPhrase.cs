namespace Throughline.Core.Knowledge;

/// <summary>A metric's name or synonym, split into words and stems for matching.</summary>
/// <param name="Metric">The metric it names.</param>
/// <param name="Raws">Its lower-case words.</param>
/// <param name="Stems">Their stems.</param>
/// <param name="Kind"><c>name</c>, <c>synonym</c> or <c>abbreviation</c>.</param>
internal sealed record MetricPhrase(KnownMetric Metric, string[] Raws, string[] Stems, string Kind)
{
    /// <summary>The phrase for one name or synonym of a metric, or null when it has no words.</summary>
    public static MetricPhrase? From(KnownMetric metric, string text, bool isName)
    {
        var tokens = MetricToken.Split(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var kind = isName ? "name" : tokens.Count == 1 && IsAbbreviation(text.Trim()) ? "abbreviation" : "synonym";
        return new MetricPhrase(metric, [.. tokens.Select(t => t.Raw)], [.. tokens.Select(t => t.Stem)], kind);
    }

    private static bool IsAbbreviation(string text)
    {
        var upper = text.Count(char.IsUpper);
        return upper >= 2 && upper > text.Count(char.IsLower);
    }
}

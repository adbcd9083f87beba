namespace Throughline.Core.Knowledge;

/// <summary>A metric recognised in a piece of text.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Score">0..1: 1 for an exact name, less for synonyms, inflections and typos.</param>
/// <param name="MatchedText">The words of the text that matched.</param>
/// <param name="How">How it matched: <c>name</c>, <c>synonym</c>, <c>abbreviation</c>, <c>inflection</c>, <c>typo</c>.</param>
public sealed record MetricMatch(KnownMetric Metric, double Score, string MatchedText, string How);

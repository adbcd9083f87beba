using System.Text.RegularExpressions;

namespace Throughline.Core.Parsing;

/// <summary>
/// Recognises RAT-style key results (tests of a riskiest assumption with a pass/fail threshold):
/// "Test advanced filtering with 100 users; 70%+ find it valuable", "pass if ≥ 8 commit",
/// "if ≥ 40% invite a teammate, then build team plans".
/// </summary>
internal static partial class RatDetector
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly char[] ClauseBreaks = [';', ':', ',', '(', ')', '—', '–'];

    /// <summary>True when the text opens as a test of an assumption ("Test …", "Run a pilot …"), threshold or not.</summary>
    public static bool StartsAsTest(string text) => StartRegex().IsMatch(text);

    public static RatReading Detect(string text)
    {
        var marked = MarkedThresholdRegex().Match(text);
        if (!marked.Success)
        {
            marked = IfThenRegex().Match(text);
        }

        if (marked.Success)
        {
            return Reading(text, marked.Groups["t"]);
        }

        var pass = EqualsPassRegex().Match(text);
        if (pass.Success)
        {
            var start = text.LastIndexOfAny(ClauseBreaks, Math.Max(0, pass.Index - 1)) + 1;
            return Reading(text, start, text[start..pass.Index]);
        }

        var starts = StartRegex().IsMatch(text);
        var clause = starts || MarkerRegex().IsMatch(text) ? ThresholdClause(text) : null;
        if (clause is not null)
        {
            return Reading(text, clause);
        }

        return MarkerRegex().IsMatch(text) ? new RatReading(true, null, null) : RatReading.None;
    }

    private static RatReading Reading(string text, Capture threshold) => Reading(text, threshold.Index, threshold.Value);

    private static RatReading Reading(string text, int index, string threshold)
    {
        var start = index + (threshold.Length - threshold.TrimStart().Length);
        var trimmed = threshold.TrimEnd(' ', ',', '.').Trim();
        return trimmed.Length == 0 ? new RatReading(true, null, null) : new RatReading(true, trimmed, new TextRange(start, start + trimmed.Length));
    }

    /// <summary>The first clause after the first that states a threshold: a share, a comparator or "8 of 10".</summary>
    private static Capture? ThresholdClause(string text)
    {
        var clauses = ClauseRegex().Matches(text);
        return clauses.Skip(1).FirstOrDefault(c => ThresholdRegex().IsMatch(c.Value) && c.Value.Trim().Length > 0);
    }

    [GeneratedRegex(@"^(?:test|validate|experiment|prove|disprove|de-?risk|run\s+(?:an?\s+)?(?:experiment|test|pilot|study|a/b\s+test|fake[\s-]door\s+test|smoke\s+test))\b", Options)]
    private static partial Regex StartRegex();

    [GeneratedRegex(@"\b(?:pass/fail|pass\s+(?:if|when)|passes\s+if|fails?\s+if|success\s+(?:if|when|criteria|threshold)|hypothesis|riskiest\s+assumption|assumption|RAT)\b", Options)]
    private static partial Regex MarkerRegex();

    [GeneratedRegex(@"\b(?:pass/fail|pass(?:es)?\s+(?:if|when)|success\s+(?:if|when|criteria|threshold)|success\s*=|threshold)\s*[:=]?\s*(?<t>[^;()\[\]]+?)(?=\s*(?:[;)\]]|,?\s*then\b|$))", Options)]
    private static partial Regex MarkedThresholdRegex();

    [GeneratedRegex(@"\bif\s+(?<t>[^.;]*?(?:≥|>=|>|at\s+least|\d\s?%|\d+\s+(?:out\s+)?of\s+\d+)[^.;]*?)\s*,?\s*then\b", Options)]
    private static partial Regex IfThenRegex();

    [GeneratedRegex(@"\s*=\s*pass\b", Options)]
    private static partial Regex EqualsPassRegex();

    [GeneratedRegex(@"[^;:—–()]+")]
    private static partial Regex ClauseRegex();

    [GeneratedRegex(@"\d\s?%|%\+|\d\+|≥|>=|\bat\s+least\b|\b\d+\s*(?:out\s+)?of\s+\d+\b", Options)]
    private static partial Regex ThresholdRegex();
}

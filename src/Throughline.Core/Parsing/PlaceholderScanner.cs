using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>Finds numbers the author has not filled in: <c>$N</c>, <c>X%</c>, <c>TBD</c>, <c>[target]</c>, <c>??</c>.</summary>
internal static partial class PlaceholderScanner
{
    public static IEnumerable<QuantityToken> FindAll(string text)
    {
        foreach (Match m in PlaceholderRegex().Matches(text))
        {
            var currency = m.Groups["cur"].Success ? UnitWords.Currency(m.Groups["cur"].Value) : null;
            var unit = m.Groups["pct"].Success ? MeasureUnit.Percent
                : currency is not null ? MeasureUnit.Currency
                : MeasureUnit.Unspecified;
            yield return new QuantityToken(m.Index, m.Index + m.Length, m.Value, new Quantity(0, unit, currency))
            {
                IsPlaceholder = true,
            };
        }
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:(?<cur>[$€£])\s?)?(?<ph>(?i:TBD|TBC|TBA|N/A)|N|X{1,3}|x{1,3}(?=\s?%)|Y|\?{2,3}"
        + @"|\[(?i:target|goal|x+|n|number|value|tbd|tbc|baseline|amount|#|\?+|%|x+%|n%|metric)\]"
        + @"|<(?i:target|x|n|number|value|tbd)>|\{(?i:target|x|n|number|value)\})(?<pct>\s?%)?(?![\p{L}\p{N}\-/])",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderRegex();
}

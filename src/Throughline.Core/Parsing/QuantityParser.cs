using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>
/// Reads numbers as people write them in OKRs: <c>5,000</c>, <c>5k</c>, <c>1.2M</c>, <c>2.5 million</c>, <c>30%</c>,
/// <c>$2.5M</c>, <c>€40k</c>, <c>USD 1.2M</c>, <c>0.5pp</c>, <c>5 pts</c>, <c>4.5 stars</c>, <c>200ms</c>, <c>48h</c>,
/// <c>7 days</c>, <c>2x</c>, <c>4.6/5</c> and small number words (<c>three</c>).
/// </summary>
public static partial class QuantityParser
{
    private const string Before = @"(?<![\p{L}\p{N}_/.,#&'’@])(?<![\p{L}]-)";
    private const string Sign = @"(?:(?<sign>[+\-−~≈±])\s?)?";
    private const string Cur = @"(?:(?<cur>US\$|A\$|C\$|R\$|S\$|[$€£¥₹])\s?|(?<cur>USD|EUR|GBP|JPY|CAD|AUD|CHF|INR|SEK|NOK|DKK|BRL|SGD|NZD|ZAR|MXN|PLN)\s)?";
    private const string Num = @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\p{N}])|\d{1,3}(?:\.\d{3}){2,}(?![\p{N}]|[.,]\d)|\d+,\d{1,2}(?![\p{N}])|\d+(?:\.\d+)?|\.\d+)";
    private const string Mag = @"(?:(?<mag>k|mm|mn|m|bn|b)(?![\p{L}])|\s?(?<mag>thousand|million|billion)(?![\p{L}])|\s(?<mag>mn|bn)(?![\p{L}]))?";
    private const string Unit = @"(?:\s?(?<unit>%|percent(?:age\s+points?)?|per\s?cent|pp|p\.p\.?|ppts?|pts?|points?|bps|basis\s+points?|x|×|times|ms|msecs?|milliseconds?|secs?|seconds?|s|mins?|minutes?|hrs?|hours?|h|(?:business\s+|working\s+|calendar\s+)?days?|d|wks?|weeks?|mos?|months?|stars?|★)(?![\p{L}\p{N}]))?";
    private const string CurSuffix = @"(?:\s?(?<cursuf>USD|EUR|GBP|JPY|CAD|AUD|CHF|INR|€|dollars|euros)(?![\p{L}]))?";
    private const string Scale = @"(?:\s?/\s?(?<scale>5|10|100)(?![\p{N}/.]))?";
    private const string After = @"(?<plus>\+)?(?![\p{L}\p{N}_]|[.,]\d|/\d)";

    private const decimal MaxNumber = 1e15m;

    /// <summary>
    /// Reads <paramref name="text"/> as one quantity (e.g. a spreadsheet cell such as <c>$2.5M</c> or <c>30%</c>).
    /// A leading minus gives a negative value.
    /// </summary>
    /// <returns>False when the text is not exactly one number with an optional unit.</returns>
    public static bool TryParse(string? text, out Quantity quantity)
    {
        quantity = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (NumberWords.TryGetValue(trimmed, out var word))
        {
            quantity = new Quantity(word, MeasureUnit.Unspecified);
            return true;
        }

        var match = QuantityRegex().Match(trimmed);
        if (!match.Success || match.Index != 0 || match.Length != trimmed.Length)
        {
            return false;
        }

        var token = Read(match, trimmed);
        quantity = token?.Quantity ?? default;
        return token is not null;
    }

    /// <summary>Finds every number, number word and placeholder in key result text, in order.</summary>
    internal static IReadOnlyList<QuantityToken> FindAll(string text)
    {
        var tokens = new List<QuantityToken>();
        foreach (Match match in QuantityRegex().Matches(text))
        {
            if (!NameNumbers.IsNameNumber(text, match) && Read(match, text) is { } token)
            {
                tokens.Add(token);
            }
        }

        foreach (Match match in NumberWordRegex().Matches(text))
        {
            if (NumberWords.TryGetValue(match.Groups["w"].Value, out var value) && IsCountWord(text, match))
            {
                var unit = match.Groups["times"].Success ? MeasureUnit.Multiple : MeasureUnit.Unspecified;
                var end = match.Index + match.Length;
                tokens.Add(new QuantityToken(match.Index, end, match.Value, new Quantity(value, unit))
                {
                    IsWord = true,
                    RawNumber = value,
                });
            }
        }

        foreach (Match match in HalfRegex().Matches(text))
        {
            var end = match.Index + match.Length;
            tokens.Add(new QuantityToken(match.Index, end, match.Value, new Quantity(2, MeasureUnit.Multiple)) { IsWord = true, RawNumber = 2 });
        }

        tokens.AddRange(PlaceholderScanner.FindAll(text));
        var ordered = tokens.OrderBy(t => t.Start).ThenByDescending(t => t.End - t.Start).ToList();
        var result = new List<QuantityToken>();
        foreach (var token in ordered)
        {
            if (result.Count == 0 || !result[^1].Range.Overlaps(token.Range))
            {
                result.Add(token);
            }
        }

        return result;
    }

    /// <summary>Reads a matched number; null for numbers too long to be a key result value (15 digits and more).</summary>
    private static QuantityToken? Read(Match m, string text)
    {
        var unitText = m.Groups["unit"].Value;
        var unit = UnitWords.Unit(unitText, out var isPoints, out var scale);
        var currency = UnitWords.Currency(m.Groups["cur"].Success ? m.Groups["cur"].Value : m.Groups["cursuf"].Value);
        var digits = DotThousands(m.Groups["num"].Value, currency, unit, m.Groups["mag"].Success)
            ? m.Groups["num"].Value.Replace(".", string.Empty, StringComparison.Ordinal)
            : DecimalComma(m.Groups["num"].Value);
        if (!decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number >= MaxNumber)
        {
            return null;
        }

        var raw = (double)number;
        var magnitude = UnitWords.Magnitude(m.Groups["mag"].Value);
        if (currency is not null && unit == MeasureUnit.Unspecified)
        {
            unit = MeasureUnit.Currency;
        }

        if (m.Groups["scale"].Success && unit == MeasureUnit.Unspecified)
        {
            unit = MeasureUnit.Score;
        }

        char? sign = m.Groups["sign"].Success ? m.Groups["sign"].Value[0] : null;
        var value = (double)(number * magnitude * scale);
        if (sign is '-' or '−')
        {
            sign = '-';
            value = -value;
        }
        else if (sign is not '+')
        {
            sign = null;
        }

        var end = m.Index + m.Length;
        var singularTime = raw > 1 && unitText.ToLowerInvariant() is "day" or "week" or "month" or "hour" or "minute" or "second";
        return new QuantityToken(m.Index, end, m.Value, new Quantity(value, unit, currency, isPoints))
        {
            Sign = sign,
            HasPlus = m.Groups["plus"].Success,
            HasMagnitude = m.Groups["mag"].Success,
            RawNumber = raw,
            IsAdjective = AdjectiveRegex().IsMatch(text.AsSpan(end)) || (singularTime && NextIsWord(text, end)),
        };
    }

    /// <summary>
    /// Dots that group thousands (European text): always when there are several groups ("1.250.000"); for one group
    /// only when nothing else can be meant: an amount in euros or another currency written that way ("€48.000",
    /// "12.500 CHF") or a round group ("40.000 members"), and never for a share, a time, a magnitude ("1.500k") or a
    /// number starting with 0. "1.25", "2.125" and "99.900%" stay decimals.
    /// </summary>
    private static bool DotThousands(string number, string? currency, MeasureUnit unit, bool hasMagnitude)
    {
        if (!DotThousandsRegex().IsMatch(number))
        {
            return false;
        }

        if (number.Count(c => c == '.') > 1)
        {
            return true;
        }

        return !hasMagnitude && number[0] != '0' && unit is MeasureUnit.Unspecified or MeasureUnit.Currency
            && (currency is "EUR" or "CHF" or "SEK" or "NOK" or "DKK" or "PLN" or "BRL" || number.EndsWith("00", StringComparison.Ordinal));
    }

    /// <summary>"4,5" and "1.234,50" use a decimal comma (European text); "4,500" groups thousands with a comma.</summary>
    private static string DecimalComma(string number) =>
        DecimalCommaRegex().IsMatch(number)
            ? number.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
            : number.Replace(",", string.Empty, StringComparison.Ordinal);

    private static bool NextIsWord(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsLetter(text[end + 1]);

    private static bool IsCountWord(string text, Match m)
    {
        var next = m.Groups["next"].Value.ToLowerInvariant();
        if (next is "of" or "or" or "and" or "another" or "more" or "less" or "time" or "way" or "thing" or "by")
        {
            return false;
        }

        // "week one", "phase two": a name, not a count.
        var previous = NameNumbers.PreviousWord(text, m.Index).ToLowerInvariant();
        return previous is not ("no" or "the" or "each" or "any" or "every" or "this" or "that" or "which" or "some") && !NameNumbers.IsNameWord(previous);
    }

    [GeneratedRegex(@"^(?:\d+|\d{1,3}(?:\.\d{3})+),\d{1,2}$")]
    private static partial Regex DecimalCommaRegex();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$")]
    private static partial Regex DotThousandsRegex();

    [GeneratedRegex(Before + Sign + Cur + Num + Mag + Unit + CurSuffix + Scale + After, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuantityRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}\-])(?:(?<w>zero|" + NumberWords.Pattern + @")(?=\s+(?<next>[\p{L}][\p{L}'\-]*))(?<times>\s+times(?![\p{L}]))?|(?<=\b(?:to|at|reach|hit)\s+)(?<w>zero)(?=\s*(?:$|[,;.)])))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWordRegex();

    [GeneratedRegex(@"(?<=\b(?:by|in)\s)half\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HalfRegex();

    [GeneratedRegex(@"^\s?-\s?(?:day|week|month|hour|minute|second|year|yr|d|wk|min|hr|sec)s?(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdjectiveRegex();
}

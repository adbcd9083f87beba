namespace Throughline.Core.Knowledge;

/// <summary>One word of text: its lower-case form, its stem, and where it sits in the text.</summary>
/// <param name="Raw">The lower-case word.</param>
/// <param name="Stem">The word's stem.</param>
/// <param name="Start">Index of its first character in the text.</param>
/// <param name="End">Index just past its last character.</param>
internal readonly record struct MetricToken(string Raw, string Stem, int Start, int End)
{
    /// <summary>Splits text into words: runs of letters and digits; everything else (spaces, hyphens, slashes) separates.</summary>
    public static List<MetricToken> Split(string text)
    {
        var tokens = new List<MetricToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var raw = text[start..i].ToLowerInvariant();
            tokens.Add(new MetricToken(raw, MetricStemmer.Stem(raw), start, i));
        }

        return tokens;
    }
}

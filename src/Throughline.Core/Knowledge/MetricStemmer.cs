namespace Throughline.Core.Knowledge;

/// <summary>
/// A deliberately small English stemmer for metric words: folds plurals and the inflections people write in key
/// results (churned/churn, users/user, retaining/retention/retain, activated/activation) onto one stem.
/// </summary>
internal static class MetricStemmer
{
    private static readonly string[] Suffixes = ["ating", "ation", "ated", "ate", "ment", "ing", "ion", "ed"];

    /// <summary>The stem of a lower-case token; tokens with digits and short tokens are returned unchanged.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || word.Any(char.IsDigit))
        {
            return word;
        }

        var w = StripPlural(word);
        if (w.Length >= 8 && w.EndsWith("ention", StringComparison.Ordinal))
        {
            return w[..^6] + "ain";
        }

        if (w.Length >= 8 && w.EndsWith("ersion", StringComparison.Ordinal))
        {
            return w[..^6] + "ert";
        }

        foreach (var suffix in Suffixes)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length - suffix.Length < 4)
            {
                continue;
            }

            var rest = w[..^suffix.Length];
            if (suffix == "ion" && rest[^1] is not ('t' or 's'))
            {
                continue;
            }

            if (suffix == "ed" && rest[^1] == 'e')
            {
                continue;
            }

            w = rest;
            break;
        }

        if (w.Length > 4 && w[^1] == 'e' && !w.EndsWith("ive", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        return w;
    }

    private static string StripPlural(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !(w.Length >= 5 && (w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal))))
        {
            return w[..^1];
        }

        return w;
    }
}

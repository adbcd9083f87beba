namespace Throughline.Core.Parsing;

/// <summary>Small counts written as words: <c>one</c> to <c>twenty</c>, <c>a dozen</c>.</summary>
internal static class NumberWords
{
    private static readonly string[] Words =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    /// <summary>The regex alternation of all number words.</summary>
    public const string Pattern =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        + "seventeen|eighteen|nineteen|twenty|a\\s+dozen|dozen";

    /// <summary>The value of a number word, e.g. 3 for <c>three</c>.</summary>
    public static bool TryGetValue(string word, out int value)
    {
        var w = string.Join(' ', word.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (w is "dozen" or "a dozen")
        {
            value = 12;
            return true;
        }

        value = Array.IndexOf(Words, w);
        return value >= 0;
    }
}

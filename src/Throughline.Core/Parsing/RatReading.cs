namespace Throughline.Core.Parsing;

/// <summary>Whether a key result tests an assumption, and its pass/fail threshold.</summary>
/// <param name="IsRat">True for a RAT-style key result.</param>
/// <param name="Threshold">The threshold as written, e.g. <c>70%+ find it valuable</c>.</param>
/// <param name="Scope">Where the threshold is in the text; values are read from there.</param>
internal sealed record RatReading(bool IsRat, string? Threshold, TextRange? Scope)
{
    public static RatReading None { get; } = new(false, null, null);
}

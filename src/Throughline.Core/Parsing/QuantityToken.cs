namespace Throughline.Core.Parsing;

/// <summary>One number (or placeholder for a number) found in key result text, with where it was found.</summary>
internal sealed record QuantityToken(int Start, int End, string Text, Quantity Quantity)
{
    public TextRange Range => new(Start, End);

    /// <summary>True for <c>$N</c>, <c>X%</c>, <c>TBD</c>, <c>[target]</c>: a number the author has not filled in.</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>An explicit sign written before the number: <c>+</c> or <c>-</c>.</summary>
    public char? Sign { get; init; }

    /// <summary>A trailing plus: <c>70%+</c>.</summary>
    public bool HasPlus { get; init; }

    /// <summary>Whether a magnitude (<c>k</c>, <c>M</c>, <c>million</c>) was written.</summary>
    public bool HasMagnitude { get; init; }

    /// <summary>The number as written, before magnitudes: 8 for <c>8k</c>.</summary>
    public double RawNumber { get; init; }

    /// <summary>The number is a hyphenated adjective such as <c>30-day</c> (<c>30-day retention</c>).</summary>
    public bool IsAdjective { get; init; }

    /// <summary>Whether the number was written as a word (<c>three</c>).</summary>
    public bool IsWord { get; init; }
}

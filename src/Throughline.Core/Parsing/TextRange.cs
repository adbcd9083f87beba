namespace Throughline.Core.Parsing;

/// <summary>A span of characters in the cleaned key result text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    public bool Contains(int index) => index >= Start && index < End;
}

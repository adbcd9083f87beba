namespace Throughline.Core.Parsing;

/// <summary>The verb of a key result, where it was found and what it implies.</summary>
/// <param name="Start">Index of the verb.</param>
/// <param name="End">Index after the verb and its particle (<c>bring down</c>, <c>get to</c>).</param>
/// <param name="Kind">What the verb says about the direction.</param>
/// <param name="Participle">For action verbs: the participle that names the count (<c>hired</c>).</param>
/// <param name="Multiple">For <c>double</c>, <c>triple</c>, <c>halve</c>: the multiple the verb implies.</param>
internal sealed record VerbMatch(int Start, int End, VerbKind Kind, string? Participle = null, double? Multiple = null)
{
    public TextRange Range => new(Start, End);
}

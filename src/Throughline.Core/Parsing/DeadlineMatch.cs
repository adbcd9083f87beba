namespace Throughline.Core.Parsing;

/// <summary>A deadline phrase found in key result text.</summary>
/// <param name="Start">Index of the phrase's first character.</param>
/// <param name="End">Index just after the phrase.</param>
/// <param name="Text">The phrase as written, e.g. <c>by end of Q2</c>.</param>
/// <param name="Date">The resolved date; null when it needs a cycle date the context lacks.</param>
/// <param name="Note">What could not be resolved or was assumed, in plain words.</param>
internal sealed record DeadlineMatch(int Start, int End, string Text, DateOnly? Date, string? Note)
{
    public TextRange Range => new(Start, End);
}

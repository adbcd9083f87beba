namespace Throughline.Core.Parsing;

/// <summary>A deadline phrase found in key result text.</summary>
/// <param name="Start">Index of the phrase's first character.</param>
/// <param name="End">Index just after the phrase.</param>
/// <param name="Text">The phrase as written, e.g. <c>by end of Q2</c>.</param>
/// <param name="Date">The resolved date; null when it needs a cycle date the context lacks.</param>
/// <param name="Note">What could not be resolved or was assumed, in plain words.</param>
/// <param name="NamesPeriod">
/// True when the phrase names the period the work is about ("content calendar for H1 2027") rather than when it is
/// due: its numbers are not values, and it is not the deadline.
/// </param>
internal sealed record DeadlineMatch(int Start, int End, string Text, DateOnly? Date, string? Note, bool NamesPeriod = false)
{
    public TextRange Range => new(Start, End);
}

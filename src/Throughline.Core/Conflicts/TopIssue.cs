namespace Throughline.Core.Conflicts;

/// <summary>One of the top issues to resolve before the quarter starts.</summary>
/// <param name="Rank">1, 2 or 3.</param>
/// <param name="Conflict">The conflict.</param>
/// <param name="Conversation">Who needs to talk to whom, about what.</param>
public sealed record TopIssue(int Rank, Conflict Conflict, string Conversation);

namespace Throughline.Core.Portfolio;

/// <summary>One of the top actions of the review: what to do next, who does it, and why.</summary>
/// <param name="Rank">1 is the most important.</param>
/// <param name="Title">The action in a line, naming the units.</param>
/// <param name="Units">The units that must act (and talk to each other).</param>
/// <param name="NextStep">The concrete next step.</param>
/// <param name="Why">The evidence: rule ids and the findings behind the action.</param>
/// <param name="RuleIds">The rules whose findings the action resolves.</param>
public sealed record PortfolioAction(int Rank, string Title, IReadOnlyList<string> Units, string NextStep, string Why, IReadOnlyList<string> RuleIds);

namespace Throughline.Core.Drafting;

/// <summary>A draft proposed from outside the offline engine (an LLM's structured output): objectives with key results, as plain values.</summary>
/// <param name="Objectives">The proposed objectives.</param>
public sealed record DraftProposal(IReadOnlyList<ProposedObjective> Objectives);

/// <summary>A proposed objective.</summary>
/// <param name="Title">The objective.</param>
/// <param name="Why">Its "so that".</param>
/// <param name="Supports">References of the company objectives or key results it supports, e.g. <c>acme/O1-KR2</c>.</param>
/// <param name="KeyResults">Its key results.</param>
public sealed record ProposedObjective(string Title, string? Why, IReadOnlyList<string>? Supports, IReadOnlyList<ProposedKeyResult> KeyResults);

/// <summary>A proposed key result.</summary>
/// <param name="Text">The key result as written.</param>
/// <param name="Metric">The catalogue metric id or metric name it measures.</param>
/// <param name="Direction"><c>increase</c>, <c>decrease</c> or <c>maintain</c>.</param>
/// <param name="Baseline">The value at the start of the cycle.</param>
/// <param name="Target">The value that counts as success.</param>
public sealed record ProposedKeyResult(string Text, string? Metric, string? Direction, double? Baseline, double? Target);

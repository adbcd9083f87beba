using Throughline.Core.Model;

namespace Throughline.Core.Drafting;

/// <summary>An outcome the unit can move toward a company KR that no key result of the reviewed draft measures.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="LineOfSight">How it reaches the company OKRs.</param>
/// <param name="SuggestedKeyResult">A key result the offline engine would write for it.</param>
/// <param name="Supports">The company key result it moves, when one does.</param>
public sealed record UnmeasuredOutcome(string Metric, string LineOfSight, string SuggestedKeyResult, OkrRef? Supports);

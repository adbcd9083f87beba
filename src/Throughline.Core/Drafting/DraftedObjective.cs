using Throughline.Core.Model;

namespace Throughline.Core.Drafting;

/// <summary>One proposed team objective under a company objective, with its assessed key results.</summary>
/// <param name="Objective">The objective as it is written to the draft file (key results included).</param>
/// <param name="CompanyObjective">The company objective it advances; null for a health objective on the unit's own metrics when it reaches none.</param>
/// <param name="KeyResults">The key results with their assessments, in order.</param>
public sealed record DraftedObjective(Objective Objective, OkrRef? CompanyObjective, IReadOnlyList<DraftedKeyResult> KeyResults);

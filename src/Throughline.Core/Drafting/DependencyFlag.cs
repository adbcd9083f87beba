using Throughline.Core.Model;

namespace Throughline.Core.Drafting;

/// <summary>A drafted key result that needs another unit's contribution nobody has agreed yet.</summary>
/// <param name="KeyResult">The drafted key result, or null when the need concerns the unit's work in general.</param>
/// <param name="OtherUnit">The unit whose contribution is needed.</param>
/// <param name="Reason">What is needed and why it is not settled.</param>
/// <param name="Source">Where it was found: <c>dependencies.yaml dep-04</c>, <c>roadmap.yaml INI-07 depends_on INI-12</c>, <c>metrics.yaml owner</c>.</param>
public sealed record DependencyFlag(OkrRef? KeyResult, string OtherUnit, string Reason, string Source);

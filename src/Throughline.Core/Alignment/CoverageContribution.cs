using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>One unit's explicit contribution to a company objective or key result.</summary>
/// <param name="Unit">The contributing unit.</param>
/// <param name="Source">The team objective (or key result) that links to it.</param>
/// <param name="Kind">Direct metric, driver metric or enabler.</param>
/// <param name="Score">The 1-5 connection strength of the link.</param>
/// <param name="Reason">Why it counts as that kind.</param>
public sealed record CoverageContribution(string Unit, OkrRef Source, ContributionKind Kind, int Score, string Reason);

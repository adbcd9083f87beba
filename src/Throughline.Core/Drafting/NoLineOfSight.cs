using Throughline.Core.Model;

namespace Throughline.Core.Drafting;

/// <summary>A company objective the unit has no line of sight to: none of its metrics relates to the objective's key results.</summary>
/// <param name="CompanyObjective">The company objective.</param>
/// <param name="Title">Its title.</param>
/// <param name="Evidence">What was compared: the company KRs' metrics and the unit's metrics.</param>
/// <param name="Implication">What it implies (seed 000): either the strategy needs work or the team's scope needs clarification.</param>
public sealed record NoLineOfSight(OkrRef CompanyObjective, string Title, string Evidence, string Implication);

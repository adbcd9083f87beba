using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>Effort against importance for one objective, compared within its unit.</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Unit">The owning unit (or shared scope).</param>
/// <param name="Priority">Priority weight: explicit <c>weight</c>, else 1/order in its file.</param>
/// <param name="ImportanceShare">Its priority as a share of the unit's objectives' priorities.</param>
/// <param name="Effort">Engineer-weeks of the initiatives that move its KRs (split over the objectives they move).</param>
/// <param name="EffortShare">Its effort as a share of the unit's linked effort.</param>
public sealed record ObjectiveAllocation(Objective Objective, string Unit, double Priority, double ImportanceShare, double Effort, double EffortShare)
{
    /// <summary>Effort share minus importance share: positive is over-invested, negative under-invested.</summary>
    public double Mismatch => EffortShare - ImportanceShare;
}

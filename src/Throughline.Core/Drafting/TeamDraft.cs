using Throughline.Core.Model;

namespace Throughline.Core.Drafting;

/// <summary>
/// A unit's proposed OKRs for a cycle, derived from the company OKRs (seed 000, prompt 1): the objectives and key
/// results with their assessments, the company objectives the unit has no line of sight to, and the contributions
/// of other units the draft relies on that are not agreed.
/// </summary>
/// <param name="Unit">The unit drafted for.</param>
/// <param name="Cycle">The cycle.</param>
/// <param name="Objectives">The proposed objectives, in order.</param>
/// <param name="NoLineOfSight">Company objectives no metric of the unit reaches.</param>
/// <param name="Dependencies">Every dependency flag, the key results' and the unit-level ones.</param>
/// <param name="Notes">How the draft was made (what was read), for the report.</param>
public sealed record TeamDraft(
    OrgUnit Unit,
    string Cycle,
    IReadOnlyList<DraftedObjective> Objectives,
    IReadOnlyList<NoLineOfSight> NoLineOfSight,
    IReadOnlyList<DependencyFlag> Dependencies,
    IReadOnlyList<string> Notes)
{
    /// <summary>The proposed objectives as workspace objectives (what the draft file holds).</summary>
    public IReadOnlyList<Objective> ToObjectives() => [.. Objectives.Select(o => o.Objective)];

    /// <summary>
    /// <paramref name="workspace"/> with this draft in place of the unit's objectives for the cycle, so the analysers
    /// review the draft in the context of the real company OKRs.
    /// </summary>
    public OkrWorkspace ApplyTo(OkrWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var others = workspace.Objectives.Where(o => !(o.Cycle == Cycle && o.Owner == Unit.Id && o.Ref.Scope == Unit.Id));
        return workspace with { Objectives = [.. others, .. ToObjectives()] };
    }
}

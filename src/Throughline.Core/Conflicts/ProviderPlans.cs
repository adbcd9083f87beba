using Throughline.Core.Alignment;
using Throughline.Core.Model;

namespace Throughline.Core.Conflicts;

/// <summary>
/// What a provider unit plans for a dependency: its initiatives of the cycle that move the dependent KR or share at least
/// two meaningful words with the need (the movers only, when there are any), and its KRs that share at least two.
/// </summary>
internal sealed class ProviderPlans
{
    private const int MinSharedWords = 2;
    private readonly AlignmentContext _context;
    private readonly ILookup<string, Initiative> _initiatives;
    private readonly ILookup<string, KeyResult> _keyResults;

    public ProviderPlans(AlignmentContext context)
    {
        _context = context;
        _initiatives = context.Workspace.Initiatives
            .Where(i => i.Cycle is null || i.Cycle == context.CycleId)
            .ToLookup(i => i.Unit, StringComparer.Ordinal);
        _keyResults = context.Teams.SelectMany(o => o.KeyResults.Select(k => (Unit: AlignmentContext.UnitOf(o), KeyResult: k)))
            .ToLookup(p => p.Unit, p => p.KeyResult, StringComparer.Ordinal);
    }

    /// <summary>The provider's initiatives of the cycle.</summary>
    public IEnumerable<Initiative> InitiativesOf(string unit) => _initiatives[unit];

    public IReadOnlyList<Initiative> InitiativesFor(Dependency dependency)
    {
        var need = _context.Terms.Terms([dependency.Need]);
        var live = _initiatives[dependency.On].Where(i => i.Status != InitiativeStatus.Cancelled).ToList();
        var moving = live.Where(i => dependency.KeyResult is { } kr && i.Impacts.Any(m => m.KeyResult == kr)).ToList();
        return moving.Count > 0
            ? moving
            : [.. live.Where(i => SharedTerms.Common(need, _context.Terms.Terms([i.Title, i.Description])).Count >= MinSharedWords)];
    }

    public IReadOnlyList<KeyResult> KeyResultsFor(Dependency dependency)
    {
        var need = _context.Terms.Terms([dependency.Need]);
        return [.. _keyResults[dependency.On]
            .Where(k => SharedTerms.Common(need, _context.Terms.Terms([k.Text])).Count >= MinSharedWords)];
    }
}

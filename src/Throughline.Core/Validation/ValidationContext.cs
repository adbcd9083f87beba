using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Validation;

/// <summary>What the validators share: the workspace, its lookups and the diagnostics being collected.</summary>
internal sealed class ValidationContext
{
    private readonly Dictionary<string, OrgUnit> _units;

    public ValidationContext(OkrWorkspace workspace, DiagnosticBag bag)
    {
        Workspace = workspace;
        Bag = bag;
        Index = new OkrIndex(workspace);
        _units = workspace.Units.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public OkrWorkspace Workspace { get; }

    public DiagnosticBag Bag { get; }

    public OkrIndex Index { get; }

    public OrgUnit? Unit(string id) => _units.GetValueOrDefault(id);

    public void RequireUnit(string id, SourceRef? where, string subject, string code = DiagnosticCodes.UnknownUnit)
    {
        if (!_units.ContainsKey(id))
        {
            Bag.Error(code, where, $"{subject} unknown unit '{id}'", UnitFix(id));
        }
    }

    public string UnitFix(string id)
    {
        var close = _units.Keys.Where(k => k.Contains(id, StringComparison.OrdinalIgnoreCase) || id.Contains(k, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
        return close is not null
            ? $"did you mean '{close}'? Units are defined in units.yaml"
            : $"define '{id}' in units.yaml or use one of: {string.Join(", ", _units.Keys.Order(StringComparer.Ordinal).Take(12))}";
    }

    /// <summary>Reports a reference that names no objective or key result in <paramref name="cycle"/>.</summary>
    public void RequireRef(string cycle, OkrRef okrRef, SourceRef? where, string subject, string code = DiagnosticCodes.UnknownRef)
    {
        if (Index.Exists(cycle, okrRef))
        {
            return;
        }

        var what = okrRef.IsKeyResult ? "key result" : "objective";
        var siblings = Workspace.Objectives
            .Where(o => o.Ref.Scope == okrRef.Scope && o.Cycle == cycle)
            .SelectMany(o => okrRef.IsKeyResult ? o.KeyResults.Select(k => k.Ref.LocalId) : [o.Ref.LocalId])
            .Take(12)
            .ToList();
        var fix = Index.ExistsInAnyCycle(okrRef)
            ? $"{okrRef} exists, but not in cycle {cycle}; point at an objective or key result of {cycle}"
            : Unit(okrRef.Scope ?? "") is null && Workspace.Objectives.All(o => o.Ref.Scope != okrRef.Scope)
                ? $"'{okrRef.Scope}' is neither a unit nor a shared scope; {UnitFix(okrRef.Scope ?? "")}"
                : siblings.Count == 0
                    ? $"{okrRef.Scope} has no {what}s in {cycle}; check the id and the cycle"
                    : $"check the id; {okrRef.Scope} has: {string.Join(", ", siblings)}";
        Bag.Error(code, where, $"{subject} unknown {what} '{okrRef}'", fix);
    }
}

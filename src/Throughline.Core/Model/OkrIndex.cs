namespace Throughline.Core.Model;

/// <summary>
/// Fast lookups of objectives and key results by reference and cycle. Built once per workspace; references are
/// unique within a scope and cycle.
/// </summary>
public sealed class OkrIndex
{
    private readonly Dictionary<(string Cycle, string Ref), Objective> _objectives = [];
    private readonly Dictionary<(string Cycle, string Ref), KeyResult> _keyResults = [];
    private readonly Dictionary<string, Objective> _objectiveOfKr = [];
    private readonly HashSet<string> _anyCycle = new(StringComparer.Ordinal);

    /// <summary>Indexes the objectives and key results of <paramref name="workspace"/>. Later duplicates are ignored.</summary>
    public OkrIndex(OkrWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        foreach (var objective in workspace.Objectives)
        {
            _objectives.TryAdd((objective.Cycle, objective.Ref.ToString()), objective);
            _anyCycle.Add(objective.Ref.ToString());
            foreach (var kr in objective.KeyResults)
            {
                _anyCycle.Add(kr.Ref.ToString());
                if (_keyResults.TryAdd((objective.Cycle, kr.Ref.ToString()), kr))
                {
                    _objectiveOfKr.TryAdd($"{objective.Cycle}|{kr.Ref}", objective);
                }
            }
        }
    }

    /// <summary>The objective <paramref name="okrRef"/> names (or the KR's objective) in <paramref name="cycle"/>.</summary>
    public Objective? FindObjective(string cycle, OkrRef okrRef) =>
        _objectives.GetValueOrDefault((cycle, okrRef.ObjectiveRef.ToString()));

    /// <summary>The key result <paramref name="okrRef"/> names in <paramref name="cycle"/>.</summary>
    public KeyResult? FindKeyResult(string cycle, OkrRef okrRef) =>
        okrRef.IsKeyResult ? _keyResults.GetValueOrDefault((cycle, okrRef.ToString())) : null;

    /// <summary>True when <paramref name="okrRef"/> names an existing objective or key result in <paramref name="cycle"/>.</summary>
    public bool Exists(string cycle, OkrRef okrRef) =>
        okrRef.IsKeyResult ? _keyResults.ContainsKey((cycle, okrRef.ToString())) : _objectives.ContainsKey((cycle, okrRef.ToString()));

    /// <summary>True when <paramref name="okrRef"/> exists in any cycle.</summary>
    public bool ExistsInAnyCycle(OkrRef okrRef) => _anyCycle.Contains(okrRef.ToString());

    /// <summary>The objective that holds a key result.</summary>
    public Objective? ObjectiveOf(string cycle, KeyResult keyResult) =>
        _objectiveOfKr.GetValueOrDefault($"{cycle}|{keyResult.Ref}");
}

using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// One cycle of a workspace prepared for the alignment and conflict analyses: objectives by level, key results by
/// reference, each key result's metric matched once (in parallel), and the meaningful words of each text.
/// </summary>
public sealed class AlignmentContext
{
    private readonly Dictionary<KeyResult, KnownMetric?> _metrics;
    private readonly Dictionary<OkrRef, Objective> _objectives;
    private readonly Dictionary<OkrRef, KeyResult> _keyResults;
    private readonly Dictionary<KeyResult, Objective> _objectiveOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, OrgUnit> _units;
    private Dictionary<string, OrgUnit>? _unitByListedMetric;

    private AlignmentContext(OkrWorkspace workspace, KnowledgeBase knowledge, string cycle)
    {
        Workspace = workspace;
        Knowledge = knowledge.WithCatalogue(workspace.Metrics);
        CycleId = cycle;
        Cycle = workspace.FindCycle(cycle) ?? (CycleCalendar.TryCreate(cycle, out var calendar) ? calendar : null);
        Objectives = [.. workspace.ObjectivesIn(cycle)];
        Company = [.. Objectives.Where(o => o.Level == ObjectiveLevel.Company)];
        Teams = [.. Objectives.Where(o => o.Level != ObjectiveLevel.Company)];
        _objectives = Objectives.GroupBy(o => o.Ref).ToDictionary(g => g.Key, g => g.First());
        _keyResults = [];
        foreach (var objective in Objectives)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                _keyResults.TryAdd(keyResult.Ref, keyResult);
                _objectiveOf[keyResult] = objective;
            }
        }

        var kb = Knowledge;
        _metrics = Objectives.SelectMany(o => o.KeyResults)
            .AsParallel()
            .Select(k => (KeyResult: k, Metric: (kb.Match(k.Metric) ?? (k.Metric is null ? kb.Match(k.Text) : null))?.Metric))
            .ToDictionary(p => p.KeyResult, p => p.Metric, (IEqualityComparer<KeyResult>)ReferenceEqualityComparer.Instance);
        _units = workspace.Units.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Terms = new SharedTerms(Knowledge);
        Cues = new FamilyCues(Knowledge);
        Levers = new LeverReader(Knowledge);
        _coverage = new Lazy<IReadOnlyList<Coverage>>(() => CoverageAnalysis.Run(this));
        Scorer = new ConnectionScorer(Knowledge, MetricOf);
    }

    private readonly Lazy<IReadOnlyList<Coverage>> _coverage;

    /// <summary>The workspace.</summary>
    public OkrWorkspace Workspace { get; }

    /// <summary>The knowledge base extended with the workspace's metric catalogue.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>The analysed cycle's id.</summary>
    public string CycleId { get; }

    /// <summary>The analysed cycle, when known.</summary>
    public Cycle? Cycle { get; }

    /// <summary>Every objective of the cycle.</summary>
    public IReadOnlyList<Objective> Objectives { get; }

    /// <summary>The company-level objectives of the cycle.</summary>
    public IReadOnlyList<Objective> Company { get; }

    /// <summary>Every objective below company level (department, team and shared objectives).</summary>
    public IReadOnlyList<Objective> Teams { get; }

    /// <summary>Words two texts share, without stop and generic words.</summary>
    public SharedTerms Terms { get; }

    /// <summary>Which metric families a text speaks of, and which families those usually move.</summary>
    public FamilyCues Cues { get; }

    /// <summary>
    /// Coverage of every company objective and KR, computed once for the alignment and the conflict analysis that share
    /// this context.
    /// </summary>
    public IReadOnlyList<Coverage> Coverage => _coverage.Value;

    /// <summary>Which lever ("cutting cost", "charging more") a key result pulls.</summary>
    public LeverReader Levers { get; }

    /// <summary>The 1-5 connection scorer of explicit links.</summary>
    public ConnectionScorer Scorer { get; }

    /// <summary>Prepares <paramref name="cycle"/> (default: the current cycle) of <paramref name="workspace"/>.</summary>
    public static AlignmentContext Create(OkrWorkspace workspace, KnowledgeBase knowledge, string? cycle = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(knowledge);
        return new AlignmentContext(workspace, knowledge, cycle ?? workspace.CurrentCycle);
    }

    /// <summary>The metric a key result measures (its metric field, else its text), or null.</summary>
    public KnownMetric? MetricOf(KeyResult keyResult) => _metrics.GetValueOrDefault(keyResult);

    /// <summary>The objective of this cycle with that reference (or the objective of a key result reference).</summary>
    public Objective? FindObjective(OkrRef reference) =>
        _objectives.GetValueOrDefault(reference) ?? _objectives.GetValueOrDefault(reference.ObjectiveRef);

    /// <summary>The key result of this cycle with that reference.</summary>
    public KeyResult? FindKeyResult(OkrRef reference) => _keyResults.GetValueOrDefault(reference);

    /// <summary>The objective that holds <paramref name="keyResult"/>.</summary>
    public Objective ObjectiveOf(KeyResult keyResult) => _objectiveOf[keyResult];

    /// <summary>The unit with that id, or null.</summary>
    public OrgUnit? FindUnit(string? id) => id is null ? null : _units.GetValueOrDefault(id);

    /// <summary>The first team unit that lists a metric (by canonical id) among its own in <c>units.yaml</c>, or null.</summary>
    public OrgUnit? UnitListing(KnownMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (_unitByListedMetric is null)
        {
            var index = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
            foreach (var unit in Workspace.Units.Where(u => u.Kind is not (UnitKind.Company or UnitKind.Department)))
            {
                foreach (var listed in unit.Metrics)
                {
                    index.TryAdd(listed, unit);
                    if (Knowledge.Match(listed)?.Metric is { } known)
                    {
                        index.TryAdd(known.CanonicalId, unit);
                    }
                }
            }

            _unitByListedMetric = index;
        }

        return _unitByListedMetric.GetValueOrDefault(metric.CanonicalId) ?? _unitByListedMetric.GetValueOrDefault(metric.Id);
    }

    /// <summary>The unit that owns an objective: its owner, else its scope.</summary>
    public static string UnitOf(Objective objective) => objective.Owner ?? objective.Ref.Scope ?? "?";

    /// <summary>True when the objective is a support/health goal that need not ladder up.</summary>
    public static bool IsHealth(Objective objective) => objective.NeedNotLadderUp || objective.Type == ObjectiveType.Health;
}

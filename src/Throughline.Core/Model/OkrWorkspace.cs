namespace Throughline.Core.Model;

/// <summary>
/// An organisation's whole OKR workspace: org units, cycles, strategy, objectives and key results, dependencies,
/// roadmap, check-ins, metric catalogue and history, events, decision log and grades. Immutable; every analysis is a
/// pure function of it.
/// </summary>
public sealed record OkrWorkspace
{
    /// <summary>Organisation name.</summary>
    public required string Organisation { get; init; }

    /// <summary>The cycle analyses look at unless told otherwise.</summary>
    public required string CurrentCycle { get; init; }

    /// <summary>Mission and strategic pillars.</summary>
    public Strategy Strategy { get; init; } = new();

    /// <summary>Workspace conventions.</summary>
    public WorkspaceSettings Settings { get; init; } = new();

    /// <summary>OKR cycles.</summary>
    public IReadOnlyList<Cycle> Cycles { get; init; } = [];

    /// <summary>Organisation units.</summary>
    public IReadOnlyList<OrgUnit> Units { get; init; } = [];

    /// <summary>All objectives of all units and cycles, each with its key results.</summary>
    public IReadOnlyList<Objective> Objectives { get; init; } = [];

    /// <summary>Health metrics units watch but do not set OKRs on.</summary>
    public IReadOnlyList<Kpi> Kpis { get; init; } = [];

    /// <summary>Cross-unit dependencies.</summary>
    public IReadOnlyList<Dependency> Dependencies { get; init; } = [];

    /// <summary>Roadmap initiatives.</summary>
    public IReadOnlyList<Initiative> Initiatives { get; init; } = [];

    /// <summary>Weekly check-ins.</summary>
    public IReadOnlyList<CheckIn> CheckIns { get; init; } = [];

    /// <summary>The metric catalogue.</summary>
    public IReadOnlyList<MetricDefinition> Metrics { get; init; } = [];

    /// <summary>Metric history.</summary>
    public IReadOnlyList<MetricObservation> MetricHistory { get; init; } = [];

    /// <summary>Dated events that can explain metric movement.</summary>
    public IReadOnlyList<WorkspaceEvent> Events { get; init; } = [];

    /// <summary>The decision log.</summary>
    public IReadOnlyList<DecisionLogEntry> Decisions { get; init; } = [];

    /// <summary>End-of-cycle grades.</summary>
    public IReadOnlyList<Grade> Grades { get; init; } = [];

    /// <summary>All key results of all objectives.</summary>
    public IEnumerable<KeyResult> KeyResults => Objectives.SelectMany(o => o.KeyResults);

    /// <summary>The cycle with the given id, or null.</summary>
    public Cycle? FindCycle(string id) => Cycles.FirstOrDefault(c => c.Id == id);

    /// <summary>The unit with the given id, or null.</summary>
    public OrgUnit? FindUnit(string id) => Units.FirstOrDefault(u => u.Id == id);

    /// <summary>The objectives of one cycle (the current one when <paramref name="cycle"/> is null).</summary>
    public IEnumerable<Objective> ObjectivesIn(string? cycle = null) =>
        Objectives.Where(o => o.Cycle == (cycle ?? CurrentCycle));
}

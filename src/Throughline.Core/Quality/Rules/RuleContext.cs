using System.Collections.Concurrent;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Calibration;
using Throughline.Core.Quality.Classification;

namespace Throughline.Core.Quality.Rules;

/// <summary>
/// What every rule sees: the workspace, the knowledge base extended with its catalogue, and the cycle's objectives.
/// Classifications, metric matches and metric histories are computed once per run and shared by the rules.
/// </summary>
internal sealed record RuleContext(OkrWorkspace Workspace, KnowledgeBase Knowledge, Cycle? Cycle, IReadOnlyList<Objective> Objectives)
{
    private readonly ConcurrentDictionary<KeyResult, KrClassification> _classifications = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<KeyResult, MetricMatch?> _metrics = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, MetricTrend?> _trends = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<KeyResult, Rewrites.KeyResultRewrite?> _rewrites = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, List<MetricObservation>> _history = [];
    private Dictionary<OkrRef, Objective> _objectivesByRef = [];

    /// <summary>Builds the context for one cycle (the current one when <paramref name="cycle"/> is null).</summary>
    public static RuleContext Create(OkrWorkspace workspace, KnowledgeBase knowledge, string? cycle = null)
    {
        var id = cycle ?? workspace.CurrentCycle;
        var found = workspace.FindCycle(id) ?? (CycleCalendar.TryCreate(id, out var calendar) ? calendar : null);
        var context = new RuleContext(workspace, knowledge.WithCatalogue(workspace.Metrics), found, [.. workspace.ObjectivesIn(id)]);
        context.Prepare();
        return context;
    }

    /// <summary>
    /// Classifies every key result and matches its metric up front, in parallel, and builds the lookups the rules
    /// share, so the rules (which may run concurrently) mostly read. Every cache is also safe to fill concurrently.
    /// </summary>
    private void Prepare()
    {
        _objectivesByRef = Workspace.ObjectivesIn(Cycle?.Id ?? Workspace.CurrentCycle)
            .GroupBy(o => o.Ref)
            .ToDictionary(g => g.Key, g => g.First());
        _history = Cycle is null
            ? []
            : Workspace.MetricHistory
                .Where(h => h.Date < Cycle.Start)
                .GroupBy(h => h.Metric, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(h => h.Date).ToList(), StringComparer.Ordinal);
        Parallel.ForEach(KeyResults.Select(pair => pair.KeyResult).ToArray(), keyResult =>
        {
            Classify(keyResult);
            MetricOf(keyResult);
        });
    }

    /// <summary>Every key result of the cycle with its objective.</summary>
    public IEnumerable<(Objective Objective, KeyResult KeyResult)> KeyResults =>
        Objectives.SelectMany(o => o.KeyResults.Select(k => (o, k)));

    /// <summary>The KR's classification as outcome, output or mixed (computed once).</summary>
    public KrClassification Classify(KeyResult keyResult)
    {
        return _classifications.GetOrAdd(keyResult, kr => KrClassifier.Classify(kr, Knowledge));
    }

    /// <summary>The KR's proposed rewrite, made once by <paramref name="propose"/> and shared by the rules and the review.</summary>
    public Rewrites.KeyResultRewrite? Rewrite(KeyResult keyResult, Func<Rewrites.KeyResultRewrite?> propose)
    {
        return _rewrites.GetOrAdd(keyResult, _ => propose());
    }

    /// <summary>The known metric a KR measures: its metric field first, else its text; null when none matches.</summary>
    public MetricMatch? MetricOf(KeyResult keyResult)
    {
        return _metrics.GetOrAdd(keyResult, kr => Knowledge.Match(kr.Metric) ?? (kr.Metric is null ? Knowledge.Match(kr.Text) : null));
    }

    /// <summary>The objective with this reference in the cycle (or, for a key result reference, its objective), or null.</summary>
    public Objective? FindObjective(OkrRef reference)
    {
        return _objectivesByRef.GetValueOrDefault(reference) ?? _objectivesByRef.GetValueOrDefault(reference.ObjectiveRef);
    }

    /// <summary>A catalogue metric's observations before the cycle started, oldest first; empty when none.</summary>
    public IReadOnlyList<MetricObservation> HistoryBeforeCycle(string metricId)
    {
        return _history.TryGetValue(metricId, out var history) ? history : [];
    }

    /// <summary>The last value of a catalogue metric measured before the cycle started, or null.</summary>
    public MetricObservation? LastBeforeCycle(string metricId) =>
        HistoryBeforeCycle(metricId) is { Count: > 0 } history ? history[^1] : null;

    /// <summary>The quarter-over-quarter trend of a catalogue metric before the cycle started, or null without history.</summary>
    public MetricTrend? TrendOf(string metricId)
    {
        return _trends.GetOrAdd(metricId, id => MetricTrend.From(HistoryBeforeCycle(id)));
    }

    /// <summary>The cycle's end date as text, or "the end of the cycle".</summary>
    public string CycleEnd => Cycle is null ? "the end of the cycle" : Cycle.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

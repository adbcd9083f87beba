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
    private readonly Dictionary<KeyResult, KrClassification> _classifications = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<KeyResult, MetricMatch?> _metrics = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, MetricTrend?> _trends = new(StringComparer.Ordinal);
    private readonly Dictionary<KeyResult, Rewrites.KeyResultRewrite?> _rewrites = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, List<MetricObservation>>? _history;
    private Dictionary<OkrRef, Objective>? _objectivesByRef;

    /// <summary>Builds the context for one cycle (the current one when <paramref name="cycle"/> is null).</summary>
    public static RuleContext Create(OkrWorkspace workspace, KnowledgeBase knowledge, string? cycle = null)
    {
        var id = cycle ?? workspace.CurrentCycle;
        var found = workspace.FindCycle(id) ?? (CycleCalendar.TryCreate(id, out var calendar) ? calendar : null);
        return new RuleContext(workspace, knowledge.WithCatalogue(workspace.Metrics), found, [.. workspace.ObjectivesIn(id)]);
    }

    /// <summary>Every key result of the cycle with its objective.</summary>
    public IEnumerable<(Objective Objective, KeyResult KeyResult)> KeyResults =>
        Objectives.SelectMany(o => o.KeyResults.Select(k => (o, k)));

    /// <summary>The KR's classification as outcome, output or mixed (computed once).</summary>
    public KrClassification Classify(KeyResult keyResult)
    {
        if (!_classifications.TryGetValue(keyResult, out var classification))
        {
            classification = KrClassifier.Classify(keyResult.Text, Knowledge);
            _classifications[keyResult] = classification;
        }

        return classification;
    }

    /// <summary>The KR's proposed rewrite, made once by <paramref name="propose"/> and shared by the rules and the review.</summary>
    public Rewrites.KeyResultRewrite? Rewrite(KeyResult keyResult, Func<Rewrites.KeyResultRewrite?> propose)
    {
        if (!_rewrites.TryGetValue(keyResult, out var rewrite))
        {
            rewrite = propose();
            _rewrites[keyResult] = rewrite;
        }

        return rewrite;
    }

    /// <summary>The known metric a KR measures: its metric field first, else its text; null when none matches.</summary>
    public MetricMatch? MetricOf(KeyResult keyResult)
    {
        if (!_metrics.TryGetValue(keyResult, out var match))
        {
            match = Knowledge.Match(keyResult.Metric) ?? (keyResult.Metric is null ? Knowledge.Match(keyResult.Text) : null);
            _metrics[keyResult] = match;
        }

        return match;
    }

    /// <summary>The objective with this reference in the cycle (or, for a key result reference, its objective), or null.</summary>
    public Objective? FindObjective(OkrRef reference)
    {
        _objectivesByRef ??= Workspace.ObjectivesIn(Cycle?.Id ?? Workspace.CurrentCycle)
            .GroupBy(o => o.Ref)
            .ToDictionary(g => g.Key, g => g.First());
        return _objectivesByRef.GetValueOrDefault(reference) ?? _objectivesByRef.GetValueOrDefault(reference.ObjectiveRef);
    }

    /// <summary>A catalogue metric's observations before the cycle started, oldest first; empty when none.</summary>
    public IReadOnlyList<MetricObservation> HistoryBeforeCycle(string metricId)
    {
        if (Cycle is null)
        {
            return [];
        }

        _history ??= Workspace.MetricHistory
            .Where(h => h.Date < Cycle.Start)
            .GroupBy(h => h.Metric, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(h => h.Date).ToList(), StringComparer.Ordinal);
        return _history.TryGetValue(metricId, out var history) ? history : [];
    }

    /// <summary>The last value of a catalogue metric measured before the cycle started, or null.</summary>
    public MetricObservation? LastBeforeCycle(string metricId) =>
        HistoryBeforeCycle(metricId) is { Count: > 0 } history ? history[^1] : null;

    /// <summary>The quarter-over-quarter trend of a catalogue metric before the cycle started, or null without history.</summary>
    public MetricTrend? TrendOf(string metricId)
    {
        if (!_trends.TryGetValue(metricId, out var trend))
        {
            trend = MetricTrend.From(HistoryBeforeCycle(metricId));
            _trends[metricId] = trend;
        }

        return trend;
    }

    /// <summary>The cycle's end date as text, or "the end of the cycle".</summary>
    public string CycleEnd => Cycle is null ? "the end of the cycle" : Cycle.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

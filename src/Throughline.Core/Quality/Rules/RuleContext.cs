using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Quality.Rules;

/// <summary>What every rule sees: the workspace, the knowledge base extended with its catalogue, and the cycle's objectives.</summary>
internal sealed record RuleContext(OkrWorkspace Workspace, KnowledgeBase Knowledge, Cycle? Cycle, IReadOnlyList<Objective> Objectives)
{
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

    /// <summary>The known metric a KR measures: its metric field first, else its text; null when none matches.</summary>
    public MetricMatch? MetricOf(KeyResult keyResult) =>
        Knowledge.Match(keyResult.Metric) ?? (keyResult.Metric is null ? Knowledge.Match(keyResult.Text) : null);

    /// <summary>The parent objective with this reference in the same cycle, or null.</summary>
    public Objective? FindObjective(OkrRef reference) =>
        Workspace.Objectives.FirstOrDefault(o => o.Ref == reference && o.Cycle == (Cycle?.Id ?? Workspace.CurrentCycle));

    /// <summary>The last value of a catalogue metric measured before the cycle started, or null.</summary>
    public MetricObservation? LastBeforeCycle(string metricId) =>
        Cycle is null
            ? null
            : Workspace.MetricHistory.Where(h => h.Metric == metricId && h.Date < Cycle.Start).MaxBy(h => h.Date);

    /// <summary>The cycle's end date as text, or "the end of the cycle".</summary>
    public string CycleEnd => Cycle is null ? "the end of the cycle" : Cycle.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

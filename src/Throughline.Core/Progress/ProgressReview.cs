using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Progress.Honesty;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Progress;

/// <summary>
/// <c>ProgressReview.Run</c>: the honest mid-cycle (or end-of-cycle) review of one cycle as of a date. Every key
/// result gets normalised progress, expected progress, a forecast, a status set by one rule (PR001-PR006), recovery
/// math when it is behind, and the honesty checks (PR010-PR015). Pure: the workspace is replayed at the date, so
/// check-ins, decisions, events and shipped dates after it are ignored.
/// </summary>
public static class ProgressReview
{
    /// <summary>Probability at or above which a KR is on track.</summary>
    public const double OnTrackProbability = 0.6;

    /// <summary>
    /// A target reached mid-cycle counts as achieved only when the forecast keeps it there at least this likely: a level
    /// that can still fall back ("reached, P(hit) 55%") is on track or at risk, not done.
    /// </summary>
    public const double AchievedProbability = 0.8;

    /// <summary>Probability below which the forecast says miss.</summary>
    public const double MissProbability = 0.15;

    /// <summary>Reviews <paramref name="cycleId"/> (the current cycle when null) as of <paramref name="asOf"/> (default: the cycle's latest check-in).</summary>
    public static ProgressReport Run(OkrWorkspace workspace, KnowledgeBase knowledge, string? cycleId = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(knowledge);
        var id = cycleId ?? workspace.CurrentCycle;
        var cycle = workspace.FindCycle(id) ?? throw new ArgumentException($"Unknown cycle '{id}'.", nameof(cycleId));
        var date = asOf ?? DefaultAsOf(workspace, cycle);
        var kb = knowledge.WithCatalogue(workspace.Metrics);
        var checkIns = workspace.CheckIns
            .Where(c => cycle.Contains(c.Date) && c.Date <= date)
            .GroupBy(c => c.KeyResult)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Date).ToList());
        var history = workspace.MetricHistory
            .Where(h => h.Date < cycle.Start)
            .GroupBy(h => h.Metric, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(h => h.Date).ToList(), StringComparer.Ordinal);
        var initiatives = workspace.Initiatives.Where(i => (i.Cycle ?? workspace.CurrentCycle) == id).ToList();
        var view = workspace with
        {
            Decisions = [.. workspace.Decisions.Where(d => d.Date <= date)],
            Events = [.. workspace.Events.Where(e => e.Date <= date)],
        };
        var totalWeeks = (int)Math.Ceiling(cycle.Days / 7.0);
        var results = new List<KrProgress>();
        foreach (var keyResult in workspace.ObjectivesIn(id).SelectMany(o => o.KeyResults))
        {
            var metric = kb.Match(keyResult.Metric) ?? (keyResult.Metric is null ? kb.Match(keyResult.Text) : null);
            var evidence = Gather(view, cycle, date, keyResult, metric?.Metric.Id, checkIns.GetValueOrDefault(keyResult.Ref) ?? [],
                metric is null ? [] : history.GetValueOrDefault(metric.Metric.Id) ?? [], initiatives, totalWeeks);
            results.Add(Assess(evidence));
        }

        var report = new ProgressReport(cycle, date, results, [], []);
        report = report with { Priorities = Priorities.Rank(report, initiatives, date) };
        return report with { Lessons = Lessons.From(report) };
    }

    /// <summary>The date of the cycle's latest check-in, or its start when there is none.</summary>
    public static DateOnly DefaultAsOf(OkrWorkspace workspace, Cycle cycle)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(cycle);
        var dates = workspace.CheckIns.Where(c => cycle.Contains(c.Date)).Select(c => c.Date).ToList();
        return dates.Count > 0 ? dates.Max() : cycle.Start;
    }

    private static KrEvidence Gather(OkrWorkspace workspace, Cycle cycle, DateOnly asOf, KeyResult keyResult, string? metricId,
        IReadOnlyList<CheckIn> checkIns, IReadOnlyList<MetricObservation> history, IReadOnlyList<Initiative> initiatives, int totalWeeks)
    {
        var kind = ProgressMath.KindOf(keyResult);
        var weekOf = (DateOnly d) => (d.DayNumber - cycle.Start.DayNumber) / 7 + 1;
        var values = checkIns.Where(c => c.Value is not null)
            .GroupBy(c => weekOf(c.Date))
            .Select(g => g.Last())
            .Select(c => new WeeklyValue(c.Date, c.Value!.Value))
            .ToList();
        return new KrEvidence
        {
            Workspace = workspace,
            Cycle = cycle,
            AsOf = asOf,
            KeyResult = keyResult,
            Kind = kind,
            Baseline = keyResult.Baseline,
            Target = keyResult.EffectiveTarget,
            CheckIns = checkIns,
            Values = values,
            TotalWeeks = totalWeeks,
            WeeksElapsed = Math.Clamp(weekOf(asOf), 0, totalWeeks),
            MetricId = metricId,
            History = Comparable(history, keyResult.Baseline) ? history : [],
            Initiatives = [.. initiatives.Where(i => i.Impacts.Any(m => m.KeyResult == keyResult.Ref))],
        };
    }

    /// <summary>
    /// History is comparable with the KR when its last value before the cycle is within 10% of the baseline (or 3
    /// weekly standard deviations): a KR measured another way (a different definition, a quarter-to-date figure) must
    /// not borrow the catalogue series' noise or run-rates.
    /// </summary>
    private static bool Comparable(IReadOnlyList<MetricObservation> history, double? baseline)
    {
        if (history.Count < 2 || baseline is not { } b)
        {
            return history.Count >= 2;
        }

        var last = history[^1].Value;
        var steps = history.Zip(history.Skip(1), (x, y) => y.Value - x.Value).ToList();
        var mean = steps.Average();
        var sd = Math.Sqrt(steps.Sum(s => (s - mean) * (s - mean)) / steps.Count);
        return Math.Abs(last - b) <= Math.Max(0.1 * Math.Abs(b), 3 * sd);
    }

    private static KrProgress Assess(KrEvidence e)
    {
        var current = e.Current;
        var progress = current is { } c ? ProgressMath.Normalised(e.Kind, e.Baseline, e.Target, c) : null;
        var forecast = e.Target is { } target && e.Kind is not (ProgressKind.Binary or ProgressKind.Unmeasurable)
            ? Forecaster.Project(new ForecastInput(e.GoodDirection, e.Baseline, target, Interpolated(e), Math.Max(0, e.TotalWeeks - LastWeek(e)), [.. e.History.Select(h => h.Value)], e.Kind is ProgressKind.Increase or ProgressKind.Decrease))
            : null;
        var (status, rule, reason, recovery) = StatusRules.Decide(e, progress, forecast);
        var findings = new List<Finding>();
        foreach (var check in HonestyRules.All)
        {
            if (check(e, status, progress, forecast) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return new KrProgress
        {
            KeyResult = e.KeyResult,
            Kind = e.Kind,
            Baseline = e.Baseline,
            Target = e.Target,
            Current = current,
            CurrentDate = e.Values.Count > 0 ? e.Values[^1].Date : null,
            Progress = progress,
            Expected = e.TotalWeeks == 0 ? 1 : e.WeeksElapsed / (double)e.TotalWeeks,
            WeeksElapsed = e.WeeksElapsed,
            WeeksRemaining = e.WeeksRemaining,
            Values = e.Values,
            Confidences = [.. e.CheckIns.Select(c => c.Confidence)],
            MetricId = e.MetricId,
            Forecast = forecast,
            Status = status,
            StatusRule = rule,
            StatusReason = reason,
            Recovery = recovery,
            Findings = findings,
        };
    }

    private static int LastWeek(KrEvidence e) => e.Values.Count > 0 ? e.WeekOf(e.Values[^1].Date) : 0;

    /// <summary>The weekly values from week 1 to the last check-in, gaps filled by linear interpolation (a leading gap from the baseline).</summary>
    private static List<double> Interpolated(KrEvidence e)
    {
        var known = e.Values.Select(v => (Week: e.WeekOf(v.Date), v.Value)).ToList();
        if (known.Count == 0)
        {
            return [];
        }

        var series = new List<double>();
        var (prevWeek, prevValue) = (0, e.Baseline ?? known[0].Value);
        foreach (var (week, value) in known)
        {
            for (var w = Math.Max(prevWeek + 1, series.Count + 1); w <= week; w++)
            {
                series.Add(week == prevWeek ? value : prevValue + (value - prevValue) * (w - prevWeek) / (week - prevWeek));
            }

            (prevWeek, prevValue) = (week, value);
        }

        return series;
    }
}

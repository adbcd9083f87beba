using Throughline.Core.Progress;
using Throughline.Core.Quality.Rules;

namespace Throughline.Cli.Commands.Progress;

/// <summary>The JSON shape of <c>throughline progress --format json</c> (documented in docs/cli.md).</summary>
internal static class ProgressJson
{
    public sealed record Report(string Cycle, string AsOf, int Week, int Weeks, IReadOnlyDictionary<string, int> Statuses, IReadOnlyList<Kr> KeyResults, IReadOnlyList<PriorityRow> Priorities, IReadOnlyList<string> Lessons);

    public sealed record Kr(string Ref, string Text, string Kind, string Status, string Rule, string Reason, double? Baseline, double? Target, double? Current, string? CurrentDate,
        double? Progress, double Expected, double? Gap, string? Metric, IReadOnlyList<Point> Values, IReadOnlyList<int?> Confidence, ForecastRow? Forecast, RecoveryRow? Recovery, IReadOnlyList<FindingRow> Findings);

    public sealed record Point(string Date, double Value);

    public sealed record ForecastRow(double ProjectedEnd, double Low, double High, double Probability, double WeeklyTrend, bool UsedHistory);

    public sealed record RecoveryRow(string Verdict, double Remaining, int WeeksRemaining, double RequiredRate, double? AchievedRate, double? BestHistoricalRate, string Advice, string? DecisionDraft, string? StakeholderDraft);

    public sealed record FindingRow(string Rule, string Severity, string Message, string Evidence, string Fix);

    public sealed record PriorityRow(string Kr, IReadOnlyList<string> Initiatives, double ExpectedImpact, double RemainingGap, double Effort, double GapPerEngineerWeek);

    public static Report From(ProgressReport report)
    {
        var krs = report.KeyResults;
        return new Report(
            report.Cycle.Id,
            report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            krs.Count > 0 ? krs[0].WeeksElapsed : 0,
            krs.Count > 0 ? krs[0].WeeksElapsed + krs[0].WeeksRemaining : 0,
            Enum.GetValues<ProgressStatus>().ToDictionary(s => Name(s), s => krs.Count(k => k.Status == s)),
            [.. krs.Select(ToRow)],
            [.. report.Priorities.Select(p => new PriorityRow(p.KeyResult.ToString(), p.Initiatives, Round(p.ExpectedImpact), Round(p.RemainingGap), p.Effort, Round(p.GapPerEngineerWeek)))],
            report.Lessons);
    }

    public static string Name(ProgressStatus status) => ProgressText.Label(status).Replace(' ', '-');

    private static Kr ToRow(KrProgress k) => new(
        k.KeyResult.Ref.ToString(), k.KeyResult.Text, KindName(k.Kind), Name(k.Status), k.StatusRule, k.StatusReason,
        k.Baseline, k.Target, k.Current, k.CurrentDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        k.Progress is { } p ? Round(p) : null, Round(k.Expected), k.Gap is { } g ? Round(g) : null, k.MetricId,
        [.. k.Values.Select(v => new Point(v.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), v.Value))],
        [.. k.Confidences.Select(c => c is { } x ? (int?)x : null)],
        k.Forecast is { } f ? new ForecastRow(Round(f.ProjectedEnd), Round(f.Low), Round(f.High), Round(f.Probability), Round(f.WeeklyTrend), f.UsedHistory) : null,
        k.Recovery is { } r ? new RecoveryRow(r.Verdict == RecoveryVerdict.Recoverable ? "recoverable" : "not-realistic", Round(r.Remaining), r.WeeksRemaining, Round(r.RequiredRate),
            r.AchievedRate is { } a ? Round(a) : null, r.BestHistoricalRate is { } b ? Round(b) : null, r.Advice, r.DecisionDraft, r.StakeholderDraft) : null,
        [.. k.Findings.Select(ToFinding)]);

    private static string KindName(ProgressKind kind) => kind switch
    {
        ProgressKind.MaintainAtLeast => "maintain-at-least",
        ProgressKind.MaintainAtMost => "maintain-at-most",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static FindingRow ToFinding(Finding f) => new(f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.Message, f.Evidence, f.Fix);

    private static double Round(double value) => Math.Round(value, 4);
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Progress.Honesty;

/// <summary>PR010: no check-in for longer than the workspace's cadence allows.</summary>
internal static class StaleCheckInRule
{
    public static Finding? Check(KrEvidence e, ProgressStatus status, double? progress, Forecast? forecast)
    {
        var cadence = Math.Max(1, e.Workspace.Settings.CheckInCadenceDays);
        var last = e.CheckIns.Count > 0 ? e.CheckIns[^1].Date : (DateOnly?)null;
        var days = e.AsOf.DayNumber - (last ?? e.Cycle.Start.AddDays(-1)).DayNumber;
        if (days <= cadence)
        {
            return null;
        }

        var owner = e.KeyResult.Owner ?? e.Workspace.Objectives.FirstOrDefault(o => o.Ref == e.KeyResult.Ref.ObjectiveRef)?.OwnerPerson ?? "no owner named";
        var missed = days / cadence;
        var since = last is { } d ? $"last check-in {Fmt.D(d)}" : "no check-in this cycle";
        return new Finding("PR010", Severity.Warning, e.KeyResult.Ref,
            $"Stale KR: {missed} check-in{(missed == 1 ? "" : "s")} missed ({since}; {days} days to {Fmt.D(e.AsOf)}, cadence {cadence} days). Owner: {owner}.",
            $"{e.CheckIns.Count} check-ins this cycle; cadence {cadence} days (settings.checkin_cadence_days)",
            $"Ask {owner} for this week's value and confidence; until then report the KR as unknown, not on track.",
            e.KeyResult.Origin);
    }
}

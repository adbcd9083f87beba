namespace Throughline.Core.Progress;

/// <summary>The status rules PR001-PR006: one status per key result, with the rule id and the numbers behind it.</summary>
internal static class StatusRules
{
    public static (ProgressStatus Status, string Rule, string Reason, Recovery? Recovery) Decide(KrEvidence e, double? progress, Forecast? forecast)
    {
        if (e.Kind == ProgressKind.Unmeasurable)
        {
            return (ProgressStatus.NotMeasurable, "PR006", "No numeric target (or no direction): progress cannot be measured or forecast. Add a baseline and target (see check KR003/KR004).", null);
        }

        var cadence = Math.Max(1, e.Workspace.Settings.CheckInCadenceDays);
        var last = e.CheckIns.Count > 0 ? e.CheckIns[^1].Date : (DateOnly?)null;
        if (last is { } l ? e.AsOf.DayNumber - l.DayNumber > cadence : e.AsOf.DayNumber - e.Cycle.Start.DayNumber >= cadence)
        {
            var since = last is { } d ? $"the last check-in was {Fmt.D(d)}, {e.AsOf.DayNumber - d.DayNumber} days before {Fmt.D(e.AsOf)}" : "there is no check-in this cycle";
            return (ProgressStatus.Unknown, "PR005", $"Status unknown: {since} (cadence {cadence} days). A stale KR is not on track until someone reports it.", null);
        }

        if (e.Current is not { } current)
        {
            return (ProgressStatus.Unknown, "PR005", e.CheckIns.Count == 0
                ? $"Status unknown: no check-in yet this cycle (as of {Fmt.D(e.AsOf)})."
                : "Status unknown: the check-ins report confidence but no value.", null);
        }

        if (e.Kind == ProgressKind.Binary)
        {
            return current >= 1
                ? (ProgressStatus.Achieved, "PR001", "The test passed its threshold (check-in value 1).", null)
                : (ProgressStatus.OffTrack, "PR004", "The test failed its threshold (check-in value 0): the assumption did not hold; record the learning.", null);
        }

        var target = e.Target!.Value;
        if (forecast is null)
        {
            return (ProgressStatus.Unknown, "PR005", "Status unknown: nothing to project from.", null);
        }

        var p = forecast.Probability;
        var numbers = $"{Fmt.N(current)} on {Fmt.D(e.Values[^1].Date)} against a target of {Fmt.N(target)}" +
            (e.Baseline is { } b ? $" from {Fmt.N(b)}" : " (no baseline)") +
            (progress is { } pr && e.Kind is ProgressKind.Increase or ProgressKind.Decrease ? $": {Fmt.Pct(pr)} of the way at {Fmt.Pct(e.WeeksElapsed / (double)e.TotalWeeks)} of the cycle" : "") +
            $"; forecast {Fmt.N(forecast.ProjectedEnd)} (80% band {Fmt.N(forecast.Low)}..{Fmt.N(forecast.High)}), P(hit) {Fmt.Pct(p)}";
        var reached = ProgressMath.Reached(e.Kind, target, current);
        if (reached && p >= ProgressReview.AchievedProbability && e.Kind is ProgressKind.Increase or ProgressKind.Decrease)
        {
            return (ProgressStatus.Achieved, "PR001", $"Target reached: {numbers}.", null);
        }

        if (p >= ProgressReview.OnTrackProbability)
        {
            return (ProgressStatus.OnTrack, "PR002", reached ? $"On track: the target is reached, and the forecast gives it {Fmt.Pct(p)} to stay there: {numbers}." : $"On track: {numbers}.", null);
        }

        if (e.Kind is ProgressKind.MaintainAtLeast or ProgressKind.MaintainAtMost)
        {
            var breaches = e.Values.Where(v => !ProgressMath.Reached(e.Kind, target, v.Value)).Select(v => $"{Fmt.N(v.Value)} on {Fmt.D(v.Date)}").ToList();
            return (ProgressStatus.AtRisk, "PR003", $"At risk: the guardrail may not hold. {numbers}" +
                (breaches.Count > 0 ? $"; breached {breaches.Count} of {e.Values.Count} weeks ({string.Join(", ", breaches)})." : "."), null);
        }

        var recovery = RecoveryMath.For(e, forecast);
        if (p < ProgressReview.MissProbability && recovery is not { Verdict: RecoveryVerdict.Recoverable })
        {
            return (ProgressStatus.OffTrack, "PR004", $"Off track, already a miss: {numbers}. {recovery?.Advice}".TrimEnd(), recovery);
        }

        var why = p < ProgressReview.MissProbability
            ? "the forecast at the current pace says miss, but the run-rate needed has been achieved before"
            : reached ? "the target is reached now, but the forecast could go either way by the end of the cycle"
            : "the forecast could go either way";
        return (ProgressStatus.AtRisk, "PR003", $"At risk: {why}. {numbers}. {recovery?.Advice}".TrimEnd(), recovery);
    }
}

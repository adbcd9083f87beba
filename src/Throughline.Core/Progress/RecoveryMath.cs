namespace Throughline.Core.Progress;

/// <summary>Computes <see cref="Recovery"/>: required run-rate against the run-rate so far and the best run in history.</summary>
internal static class RecoveryMath
{
    public static Recovery? For(KrEvidence e, Forecast? forecast)
    {
        if (e.Current is not { } current || e.Target is not { } target || e.Kind is not (ProgressKind.Increase or ProgressKind.Decrease))
        {
            return null;
        }

        var remaining = e.Toward(target - current);
        if (remaining <= 0)
        {
            return null;
        }

        var weeks = Math.Max(1, e.WeeksRemaining);
        var required = remaining / weeks;
        var achieved = e.Baseline is { } b && e.WeeksElapsed > 0 ? e.Toward(current - b) / e.WeeksElapsed : (double?)null;
        var best = BestRun(e, weeks);
        var realistic = (achieved is { } a && required <= a) || (best is { } h && required <= h);
        var reference = e.KeyResult.Ref.ToString();
        var rates = $"needs {Fmt.N(required)}/week for {weeks} weeks ({Fmt.N(remaining)} to go); so far {(achieved is { } x ? Fmt.N(x) + "/week" : "unknown (no baseline)")}; " +
            $"best {weeks}-week run in history {(best is { } y ? Fmt.N(y) + "/week" : "unknown (no comparable history)")}";
        if (realistic)
        {
            var work = e.Initiatives.Where(i => !KrEvidence.ShippedBy(i, e.AsOf)).Select(i => i.Id).ToList();
            var advice = $"Recoverable: {rates}. It takes sustaining {Fmt.N(required)}/week" +
                (work.Count > 0 ? $" and landing {string.Join(", ", work)} on time" : "") + "; review the plan weekly and escalate blockers now.";
            return new Recovery(remaining, weeks, required, achieved, best, RecoveryVerdict.Recoverable, advice, null, null);
        }

        var projected = forecast?.ProjectedEnd ?? current;
        var logged = e.Workspace.Decisions.FirstOrDefault(d => d.Date >= e.Cycle.Start && d.Affects.Contains(e.KeyResult.Ref));
        var multiple = best is { } bestRate && bestRate > 0 ? $" ({Fmt.N(required / bestRate)}x the best run in history)" : "";
        var adviceText = $"Not realistic: {rates}{multiple}. Accept the miss and grade it, or formally adjust the target to about {Fmt.N(Math.Round(projected, 1))} (the forecast) with a decision-log entry; do not quietly keep reporting it." +
            (logged is not null ? $" A decision is already logged on {Fmt.D(logged.Date)}: \"{logged.What}\"." : "");
        var decision = $"- date: {Fmt.D(e.AsOf)}\n  what: Keep {reference} at {Fmt.N(target)} and grade the miss (or: lower the target to {Fmt.N(Math.Round(projected, 1))})\n" +
            $"  why: At week {e.WeeksElapsed} it is {Fmt.N(current)} against {Fmt.N(target)}; it {rates}.\n  affects: [{reference}]";
        var message = $"{reference} (\"{e.KeyResult.Text}\") will not reach {Fmt.N(target)} this cycle: it is at {Fmt.N(current)} with {weeks} weeks left and {rates}. " +
            "We are accepting the miss rather than re-setting the number, and will set next cycle's target from the metric's history.";
        return new Recovery(remaining, weeks, required, achieved, best, RecoveryVerdict.NotRealistic, adviceText, decision, message);
    }

    /// <summary>The best change toward the target over any run of <paramref name="weeks"/> consecutive weekly values in history, per week.</summary>
    private static double? BestRun(KrEvidence e, int weeks)
    {
        var h = e.History;
        if (h.Count <= weeks)
        {
            return null;
        }

        var best = double.NegativeInfinity;
        for (var i = 0; i + weeks < h.Count; i++)
        {
            best = Math.Max(best, e.Toward(h[i + weeks].Value - h[i].Value));
        }

        return best / weeks;
    }
}

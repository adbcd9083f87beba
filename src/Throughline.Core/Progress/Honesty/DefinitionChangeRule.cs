using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Progress.Honesty;

/// <summary>
/// PR015: the KR's metric was redefined during the cycle (a decision-log entry on the KR that mentions a definition,
/// or a <c>metric-change</c> event on its metric): values before and after are not comparable with the baseline.
/// </summary>
internal static class DefinitionChangeRule
{
    public static Finding? Check(KrEvidence e, ProgressStatus status, double? progress, Forecast? forecast)
    {
        var kr = e.KeyResult.Ref;
        var decision = e.Workspace.Decisions.FirstOrDefault(d => e.Cycle.Contains(d.Date) && (d.Affects.Contains(kr) || d.Affects.Contains(kr.ObjectiveRef)) &&
            (d.What + " " + d.Why).Contains("defin", StringComparison.OrdinalIgnoreCase));
        var change = e.Workspace.Events.FirstOrDefault(v => v.Kind == EventKind.MetricChange && e.Cycle.Contains(v.Date) &&
            v.Metrics.Any(m => string.Equals(m, e.MetricId, StringComparison.OrdinalIgnoreCase)));
        var date = decision?.Date ?? change?.Date;
        if (date is not { } when)
        {
            return null;
        }

        var before = e.Values.LastOrDefault(v => v.Date < when);
        var after = e.Values.FirstOrDefault(v => v.Date >= when);
        var stepText = "";
        var fix = "Re-baseline the KR on the new definition (the first value after the change), or grade it on the old definition.";
        if (before != default && after != default)
        {
            var step = after.Value - before.Value;
            stepText = $" The series steps {Fmt.Signed(step)} across it ({Fmt.N(before.Value)} on {Fmt.D(before.Date)} to {Fmt.N(after.Value)} on {Fmt.D(after.Date)})";
            if (e.Current is { } current && e.Baseline is { } baseline)
            {
                stepText += $"; like-for-like movement is about {Fmt.Signed(current - baseline - step)}, not {Fmt.Signed(current - baseline)}";
                fix = $"Re-baseline to about {Fmt.N(baseline + step)} on the new definition (target {Fmt.N((e.Target ?? 0) + step)} for the same ambition), or grade on the old definition.";
            }

            stepText += ".";
        }

        var source = decision is not null ? $"decision {Fmt.D(decision.Date)}: \"{decision.What}\"" : $"event {change!.Id}: {change.Title}";
        return new Finding("PR015", Severity.Warning, kr,
            $"The metric was redefined mid-cycle on {Fmt.D(when)}: progress is not comparable with the baseline.{stepText}",
            source + (e.KeyResult.Measurement.Event is { } ev ? $"; the KR's measurement still names event '{ev}'" : ""),
            fix,
            e.KeyResult.Origin);
    }
}

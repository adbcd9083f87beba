using Throughline.Core.Diagnostics;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Progress.Honesty;

/// <summary>PR013: an achieved or on-track KR moved (half the gap or more) while none of the initiatives linked to the KR has shipped.</summary>
internal static class UnshippedWorkRule
{
    public static Finding? Check(KrEvidence e, ProgressStatus status, double? progress, Forecast? forecast)
    {
        if (!(status is ProgressStatus.Achieved or ProgressStatus.OnTrack || progress >= 1) || progress is not >= 0.5 || e.Kind is not (ProgressKind.Increase or ProgressKind.Decrease) || e.Initiatives.Count == 0 ||
            e.Initiatives.Any(i => KrEvidence.ShippedBy(i, e.AsOf)))
        {
            return null;
        }

        var work = string.Join(", ", e.Initiatives.Select(i =>
            $"{i.Id} {i.Status.ToString().ToLowerInvariant()}" + (i.ExpectedCompletion is { } d ? $", expected {Fmt.D(d)}" : "")));
        return new Finding("PR013", Severity.Warning, e.KeyResult.Ref,
            $"Moving for a reason other than the plan: {Fmt.Pct(progress.Value)} of the gap covered by {Fmt.D(e.AsOf)}, but none of its initiatives has shipped ({work}).",
            $"{Fmt.N(e.Baseline ?? 0)} -> {Fmt.N(e.Current ?? 0)} against {Fmt.N(e.Target ?? 0)}; linked initiatives: {work}",
            "Find what moved it (market, season, a one-off, a measurement change) before reporting it as the team's result; do not read it as proof the initiatives work.",
            e.KeyResult.Origin);
    }
}

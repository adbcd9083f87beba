using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Progress.Honesty;

/// <summary>PR011: the team's latest confidence contradicts the forecast (2 while it says miss, 0 while it says hit).</summary>
internal static class ConfidenceEvidenceRule
{
    public static Finding? Check(KrEvidence e, ProgressStatus status, double? progress, Forecast? forecast)
    {
        var latest = e.CheckIns.LastOrDefault(c => c.Confidence is not null);
        if (latest?.Confidence is not { } confidence || forecast is null || status is ProgressStatus.Unknown or ProgressStatus.NotMeasurable)
        {
            return null;
        }

        var optimistic = confidence == Confidence.OnTrack && status == ProgressStatus.OffTrack;
        var pessimistic = confidence == Confidence.OffTrack && status is ProgressStatus.OnTrack or ProgressStatus.Achieved;
        if (!optimistic && !pessimistic)
        {
            return null;
        }

        var trend = string.Join(" ", e.CheckIns.Select(c => c.Confidence is { } x ? ((int)x).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-"));
        var says = optimistic ? "miss" : "hit";
        return new Finding("PR011", Severity.Warning, e.KeyResult.Ref,
            $"Confidence {(int)confidence} on {Fmt.D(latest.Date)} while the forecast says {says}: {Fmt.N(e.Current ?? 0)} now, projected {Fmt.N(forecast.ProjectedEnd)} against {Fmt.N(e.Target ?? 0)}, P(hit) {Fmt.Pct(forecast.Probability)}.",
            $"confidence by week: {trend}" + (latest.Note is { Length: > 0 } note ? $"; latest note: \"{note}\"" : ""),
            optimistic
                ? "Report the confidence the numbers support (0 or 1) and say what would change them; confidence is evidence, not hope."
                : "Confidence 0 while the numbers are on track: say what risk the team sees that the numbers do not, or raise the confidence.",
            e.KeyResult.Origin);
    }
}

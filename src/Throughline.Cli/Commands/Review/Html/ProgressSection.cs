using System.Globalization;
using System.Text;
using Throughline.Cli.Commands.Progress;
using Throughline.Core.Model;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>
/// Progress: burn-up charts (plan, check-ins, today, forecast band), the status table with forecast, chance of
/// hitting the target and recovery verdict, and the honesty flags. Large workspaces chart the KRs most at risk first.
/// </summary>
internal static class ProgressSection
{
    private const int MaxCharts = 60;
    private const int MaxRows = 300;

    public static void Write(StringBuilder html, PortfolioReport report, string? unit)
    {
        var krs = report.Progress.KeyResults.Where(k => unit is null || k.KeyResult.Ref.Scope == unit).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"progress\" aria-labelledby=\"progress-h\"><h2 id=\"progress-h\">Progress and forecasts (as of {report.AsOf:yyyy-MM-dd})</h2>");
        var counts = krs.GroupBy(k => k.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {ProgressText.Label(g.Key)}");
        html.Append(CultureInfo.InvariantCulture, $"<p>{Svg.Escape(string.Join(", ", counts))}. Each forecast projects the end-of-cycle value from the check-ins and the metric's history with an 80% band; statuses name the rule that set them (docs/rules.md, PR001-PR006).</p>");
        var charted = krs.Where(k => k.Values.Count > 0 && k.Baseline is not null && k.Target is not null)
            .OrderBy(k => ProgressText.Urgency(k.Status))
            .ThenBy(k => k.KeyResult.Ref.ToString(), StringComparer.Ordinal)
            .Take(MaxCharts)
            .ToList();
        if (charted.Count > 0)
        {
            html.Append("<h3>Burn-up charts</h3><div class=\"charts\">");
            foreach (var kr in charted)
            {
                var id = "bu-" + kr.KeyResult.Ref.ToString().Replace('/', '-');
                var chart = new BurnUp(
                    $"{kr.KeyResult.Ref} {kr.KeyResult.Text}",
                    report.Cycle.Start,
                    report.Cycle.End,
                    report.AsOf,
                    kr.Baseline!.Value,
                    kr.Target!.Value,
                    [.. kr.Values.Select(v => (v.Date, v.Value))],
                    kr.Forecast is { } f ? (f.Low, f.ProjectedEnd, f.High) : null);
                html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\">{BurnUpSvg.Render(chart, id)}<figcaption><strong>{Svg.Escape(kr.KeyResult.Ref.ToString())}</strong> {ProgressText.Label(kr.Status)}: {Svg.Escape(Svg.Clip(kr.KeyResult.Text, 90))}</figcaption></figure>");
            }

            html.Append("</div>");
        }

        html.Append("<h3>Every key result</h3><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Key result</th><th scope=\"col\">Status</th><th scope=\"col\" class=\"num\">Progress</th><th scope=\"col\" class=\"num\">Expected</th><th scope=\"col\" class=\"num\">Forecast end</th><th scope=\"col\" class=\"num\">Chance to hit</th><th scope=\"col\">Why, and what it would take</th></tr></thead><tbody>");
        foreach (var kr in krs.OrderBy(k => ProgressText.Urgency(k.Status)).ThenBy(k => k.KeyResult.Ref.ToString(), StringComparer.Ordinal).Take(MaxRows))
        {
            var forecast = kr.Forecast is { } f ? $"{ValueFormat.Number(f.ProjectedEnd)} ({ValueFormat.Number(f.Low)} to {ValueFormat.Number(f.High)})" : "—";
            var chance = kr.Forecast is { } p ? p.Probability.ToString("0%", CultureInfo.InvariantCulture) : "—";
            var why = $"{kr.StatusRule}: {kr.StatusReason}" + (kr.Recovery is { } r ? $" Recovery: {r.Advice}" : string.Empty);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Svg.Escape(kr.KeyResult.Ref.ToString())} <span class=\"muted\">{Svg.Escape(Svg.Clip(kr.KeyResult.Text, 80))}</span></td><td><span class=\"status {kr.Status.ToString().ToLowerInvariant()}\">{ProgressText.Label(kr.Status)}</span></td><td class=\"num\">{(kr.Progress is { } pr ? pr.ToString("0%", CultureInfo.InvariantCulture) : "—")}</td><td class=\"num\">{kr.Expected.ToString("0%", CultureInfo.InvariantCulture)}</td><td class=\"num\">{forecast}</td><td class=\"num\">{chance}</td><td>{Svg.Escape(why)}</td></tr>");
        }

        html.Append("</tbody></table></div>");
        if (krs.Count > MaxRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{krs.Count - MaxRows} more key results: run <code>throughline progress</code> for all of them.</p>");
        }

        var honesty = report.FindingsFor(unit).Where(f => f.Area == "progress" && string.CompareOrdinal(f.RuleId, "PR010") >= 0).ToList();
        if (honesty.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>Honesty flags ({honesty.Count})</h3>");
            FindingList.Write(html, honesty, 40);
        }

        html.Append("</section>");
    }
}

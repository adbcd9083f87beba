using System.Globalization;
using System.Text;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>The executive summary: health numbers as cards, then the top actions.</summary>
internal static class SummarySection
{
    public static void Write(StringBuilder html, PortfolioReport report, IReadOnlyList<PortfolioAction> actions)
    {
        var h = report.Health;
        html.Append("<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Executive summary</h2><div class=\"cards\">");
        Card(html, ReviewFormat.Percent(h.OutcomeShare), "of key results measure an outcome");
        Card(html, ReviewFormat.Percent(h.BaselineShare), "of key results have a baseline");
        Card(html, h.CompanyKeyResultsCovered is { } covered ? $"{covered} / {h.CompanyKeyResults}" : h.CompanyKeyResults.ToString(CultureInfo.InvariantCulture), h.CompanyKeyResultsCovered is null ? "company key results" : "company key results covered by teams");
        Card(html, h.ConflictsOpen?.ToString(CultureInfo.InvariantCulture) ?? "—", "cross-team conflicts open");
        Card(html, ReviewFormat.Percent(h.InitiativesLinkedShare), "of roadmap work linked to a key result");
        Card(html, ReviewFormat.Percent(h.OnTrackShare), "of forecast key results on track");
        Card(html, h.MeanQuality is { } q ? q.ToString("0", CultureInfo.InvariantCulture) : "—", "mean key result quality (0-100)");
        html.Append("</div>");
        html.Append("<h3>Top actions</h3>");
        if (actions.Count == 0)
        {
            html.Append("<p>No warning- or error-level findings: nothing urgent to act on.</p>");
        }
        else
        {
            html.Append("<ol class=\"actions\">");
            foreach (var action in actions)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><strong>{Svg.Escape(action.Title)}</strong><span class=\"next\">Next step: {Svg.Escape(action.NextStep)}</span><span class=\"why\">Why: {Svg.Escape(action.Why)}</span></li>");
            }

            html.Append("</ol>");
        }

        html.Append("</section>");
    }

    private static void Card(StringBuilder html, string value, string label) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><span class=\"value\">{Svg.Escape(value)}</span><span class=\"label\">{Svg.Escape(label)}</span></div>");
}

using System.Globalization;
using System.Text;
using Throughline.Core.Model;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>
/// Renders the portfolio review as one self-contained HTML file: inline CSS and SVG, no external requests, no
/// script needed to read it, and byte-identical for the same workspace (no timestamps).
/// </summary>
internal static class ReviewHtml
{
    public static string Render(OkrWorkspace workspace, PortfolioReport report, ReviewView view, string? unit)
    {
        var html = new StringBuilder(64 * 1024);
        var sections = Sections(view);
        var audience = view switch
        {
            ReviewView.Pm => $"product manager view: {unit}",
            ReviewView.Leader => "head of product view",
            ReviewView.Exec => "executive view",
            ReviewView.Eng => "engineering view",
            _ => "all sections",
        };
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>OKR review: {Svg.Escape(report.Organisation)}, {Svg.Escape(report.Cycle.Id)}</title>");
        html.Append("<style>").Append(ReviewCss.Text).Append("</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<header class=\"top\"><h1>OKR review: {Svg.Escape(report.Organisation)}, {Svg.Escape(report.Cycle.Id)}</h1><p>As of {report.AsOf:yyyy-MM-dd} (cycle {report.Cycle.Start:yyyy-MM-dd} to {report.Cycle.End:yyyy-MM-dd}) · {Svg.Escape(audience)}</p></header>");
        html.Append("<nav class=\"toc\" aria-label=\"Sections\">");
        foreach (var (id, title) in sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"#{id}\">{Svg.Escape(title)}</a>");
        }

        html.Append("</nav><main>");
        var actions = report.ActionsFor(unit);
        foreach (var (id, _) in sections)
        {
            switch (id)
            {
                case "summary":
                    SummarySection.Write(html, report, actions);
                    break;
                case "map":
                    MapSection.Write(html, report);
                    break;
                case "alignment":
                    AlignmentSection.Write(html, report);
                    break;
                case "conflicts":
                    ConflictsSection.Write(html, report, unit);
                    break;
                case "roadmap":
                    RoadmapSection.Write(html, report, unit);
                    break;
                case "progress":
                    ProgressSection.Write(html, report, unit);
                    break;
                case "units":
                    WriteUnits(html, workspace, report, view, unit);
                    break;
                case "appendix":
                    AppendixSection.Write(html, report.FindingsFor(unit));
                    break;
            }
        }

        html.Append("</main></body></html>\n");
        return html.ToString();
    }

    /// <summary>The sections a view shows, in order, with their titles; the markdown report follows the same list.</summary>
    internal static IReadOnlyList<(string Id, string Title)> Sections(ReviewView view) => view switch
    {
        ReviewView.Pm => [("summary", "Summary"), ("units", "My team"), ("progress", "Progress"), ("conflicts", "Conflicts"), ("roadmap", "Roadmap"), ("appendix", "Findings")],
        ReviewView.Exec => [("summary", "Summary"), ("map", "Strategy map"), ("alignment", "Alignment"), ("conflicts", "Conflicts"), ("appendix", "Findings")],
        ReviewView.Leader => [("summary", "Summary"), ("map", "Strategy map"), ("units", "Units"), ("alignment", "Alignment"), ("conflicts", "Conflicts"), ("roadmap", "Roadmap"), ("progress", "Progress"), ("appendix", "Findings")],
        ReviewView.Eng => [("summary", "Summary"), ("roadmap", "Roadmap"), ("progress", "Progress"), ("units", "Units"), ("appendix", "Findings")],
        _ => [("summary", "Summary"), ("map", "Strategy map"), ("units", "Units"), ("alignment", "Alignment"), ("conflicts", "Conflicts"), ("roadmap", "Roadmap"), ("progress", "Progress"), ("appendix", "Findings")],
    };

    private static void WriteUnits(StringBuilder html, OkrWorkspace workspace, PortfolioReport report, ReviewView view, string? unit)
    {
        html.Append("<section id=\"units\" aria-labelledby=\"units-h\"><h2 id=\"units-h\">Units</h2>");
        var units = unit is null ? workspace.Units : [.. workspace.Units.Where(u => u.Id == unit)];
        var byUnit = report.Quality.ByUnit();
        if (view is ReviewView.All or ReviewView.Leader && unit is null)
        {
            UnitSection.WriteScorecard(html, units, byUnit);
        }

        html.Append("<h3>Objectives and key results by unit</h3>");
        foreach (var u in units)
        {
            if (byUnit.TryGetValue(u.Id, out var mine))
            {
                UnitSection.Write(html, u, mine, open: unit is not null);
            }
        }

        html.Append("</section>");
    }
}

using System.Globalization;
using System.Text;
using Throughline.Core.Model;
using Throughline.Core.Portfolio;
using Throughline.Core.Roadmap;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>
/// The roadmap: how much of the work is linked, the coverage matrix (each KR's gap against the expected impact of
/// the work behind it), orphan initiatives, the largest effort-vs-priority mismatches, and the 30% cut.
/// </summary>
internal static class RoadmapSection
{
    private const int MaxRows = 200;

    public static void Write(StringBuilder html, PortfolioReport report, string? unit)
    {
        var roadmap = report.Roadmap;
        html.Append("<section id=\"roadmap\" aria-labelledby=\"roadmap-h\"><h2 id=\"roadmap-h\">Roadmap coverage</h2>");
        if (roadmap.Initiatives.Count == 0)
        {
            html.Append("<p>The workspace has no roadmap initiatives for this cycle.</p></section>");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<p>{roadmap.Linked.Count()} of {roadmap.Initiatives.Count} initiatives ({roadmap.LinkedInitiativeShare:0%}) and {roadmap.LinkedEffortShare:0%} of the effort are explicitly linked to a key result; {roadmap.Orphans.Count} initiatives are linked to nothing.</p>");
        var rows = roadmap.Coverage.Where(c => unit is null || c.KeyResult.Ref.Scope == unit).ToList();
        html.Append("<h3>Coverage matrix</h3><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Key result</th><th scope=\"col\">Verdict</th><th scope=\"col\" class=\"num\">Gap</th><th scope=\"col\" class=\"num\">Expected impact</th><th scope=\"col\" class=\"num\">Effort (eng-weeks)</th><th scope=\"col\">Initiatives</th></tr></thead><tbody>");
        foreach (var c in rows.Take(MaxRows))
        {
            var verdict = ReviewLabels.Coverage(c.Status);
            var initiatives = c.Links.Count == 0 ? "none" : string.Join(", ", c.Links.Select(l => l.Expected is { } e ? $"{l.Initiative} ({ValueFormat.Number(e)})" : l.Initiative));
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Svg.Escape(c.KeyResult.Ref.ToString())} <span class=\"muted\">{Svg.Escape(Svg.Clip(c.KeyResult.Text, 80))}</span></td><td><span class=\"verdict {verdict.Replace(' ', '-')}\">{verdict}</span></td><td class=\"num\">{(c.Gap is { } g ? ValueFormat.Number(g) : "—")}</td><td class=\"num\">{ValueFormat.Number(c.Expected)}</td><td class=\"num\">{ValueFormat.Number(c.Effort)}</td><td>{Svg.Escape(initiatives)}</td></tr>");
        }

        html.Append("</tbody></table></div>");
        if (rows.Count > MaxRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{rows.Count - MaxRows} more key results: run <code>throughline roadmap</code> for the full matrix.</p>");
        }

        if (roadmap.Orphans.Count > 0)
        {
            html.Append("<h3>Work with no key result</h3><ul>");
            foreach (var orphan in roadmap.Orphans.Where(o => unit is null || o.Unit == unit).Take(MaxRows))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{Svg.Escape(orphan.Id)} {Svg.Escape(orphan.Title)} <span class=\"muted\">({Svg.Escape(orphan.Unit)}, {(orphan.Effort is { } e ? $"{ValueFormat.Number(e)} eng-weeks" : "effort unknown")})</span></li>");
            }

            html.Append("</ul>");
        }

        var mismatches = roadmap.Allocations.Where(a => unit is null || a.Unit == unit).OrderByDescending(a => Math.Abs(a.Mismatch)).Take(5).ToList();
        if (mismatches.Count > 0)
        {
            html.Append("<h3>Effort against priority: the largest mismatches</h3><ul>");
            foreach (var a in mismatches)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{Svg.Escape(a.Objective.Ref.ToString())} {Svg.Escape(a.Objective.Title)}: {a.EffortShare:0%} of {Svg.Escape(a.Unit)}'s linked effort for {a.ImportanceShare:0%} of its priority</li>");
            }

            html.Append("</ul>");
        }

        WriteCut(html, roadmap.Cut);
        html.Append("</section>");
    }

    private static void WriteCut(StringBuilder html, RoadmapCut? cut)
    {
        if (cut is null)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"cut\">If {cut.Share:0%} of the roadmap must go</h3>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Keep {ValueFormat.Number(cut.KeptEffort)} of {ValueFormat.Number(cut.OpenEffort)} open engineer-weeks (limit {ValueFormat.Number(cut.Budget)}) and {(cut.ValueAll <= 0 ? "all" : (cut.ValueKept / cut.ValueAll).ToString("0%", CultureInfo.InvariantCulture))} of the priority-weighted key result impact{(cut.Optimal ? ", proven optimal" : $"; no cut keeps more than {ValueFormat.Number(cut.UpperBound)}")}. Drop:</p>");
        html.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Initiative</th><th scope=\"col\">Unit</th><th scope=\"col\" class=\"num\">Effort</th><th scope=\"col\">Why it goes</th></tr></thead><tbody>");
        foreach (var decision in cut.Cuts)
        {
            var i = decision.Initiative;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Svg.Escape(i.Id)} {Svg.Escape(i.Title)}</td><td>{Svg.Escape(i.Unit)}</td><td class=\"num\">{(i.Effort is { } e ? ValueFormat.Number(e) : "—")}</td><td>{Svg.Escape(decision.Reason)}</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }
}

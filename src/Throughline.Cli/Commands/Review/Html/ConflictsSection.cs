using System.Globalization;
using System.Text;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>The conflicts board: the top issues with the conversation each needs, then every conflict.</summary>
internal static class ConflictsSection
{
    private const int MaxRows = 300;

    public static void Write(StringBuilder html, PortfolioReport report, string? unit)
    {
        var conflicts = report.Conflicts.Conflicts.Where(c => unit is null || c.Units.Contains(unit, StringComparer.Ordinal)).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"conflicts\" aria-labelledby=\"conflicts-h\"><h2 id=\"conflicts-h\">Conflicts board ({conflicts.Count})</h2>");
        if (conflicts.Count == 0)
        {
            html.Append("<p>No cross-team conflicts found.</p></section>");
            return;
        }

        var top = report.Conflicts.TopIssues.Where(t => unit is null || t.Conflict.Units.Contains(unit, StringComparer.Ordinal)).ToList();
        if (top.Count > 0)
        {
            html.Append("<h3>Who must talk to whom</h3><ol class=\"actions\">");
            foreach (var issue in top)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><strong>{Svg.Escape(string.Join(" and ", issue.Conflict.Units))}</strong>: {Svg.Escape(issue.Conflict.Rationale)}<span class=\"next\">{Svg.Escape(issue.Conversation)}</span></li>");
            }

            html.Append("</ol>");
        }

        html.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Kind</th><th scope=\"col\">Between</th><th scope=\"col\">Units</th><th scope=\"col\">Why it is a conflict</th><th scope=\"col\">Evidence</th><th scope=\"col\">What to do</th></tr></thead><tbody>");
        foreach (var c in conflicts.Take(MaxRows))
        {
            var severity = c.Severity.ToString().ToLowerInvariant();
            var between = c.B is null ? c.A : $"{c.A} vs {c.B}";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><span class=\"sev {severity}\">{Svg.Escape(c.RuleId)} {severity}</span></td><td>{Svg.Escape(ReviewLabels.Words(c.Type.ToString()))}</td><td>{Svg.Escape(between)}</td><td>{Svg.Escape(string.Join(", ", c.Units))}</td><td>{Svg.Escape(c.Rationale)}</td><td>{Svg.Escape(c.Evidence)}</td><td>{Svg.Escape(c.Suggestion)}</td></tr>");
        }

        html.Append("</tbody></table></div>");
        if (conflicts.Count > MaxRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{conflicts.Count - MaxRows} more: run <code>throughline conflicts</code> for every one.</p>");
        }

        html.Append("</section>");
    }
}

using System.Globalization;
using System.Text;
using Throughline.Core.Alignment;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>Coverage of every company objective and KR: who contributes and how, and the verdict with its meaning.</summary>
internal static class AlignmentSection
{
    public static void Write(StringBuilder html, PortfolioReport report)
    {
        var coverage = report.Alignment.Coverage;
        html.Append("<section id=\"alignment\" aria-labelledby=\"alignment-h\"><h2 id=\"alignment-h\">Alignment and coverage</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{coverage.Count(c => c.Verdict == CoverageVerdict.Covered)} covered, {coverage.Count(c => c.Verdict == CoverageVerdict.Thin)} thin, {coverage.Count(c => c.Verdict == CoverageVerdict.Uncovered)} uncovered company objectives and key results. Covered means a team moves the metric itself or a driver of it; thin means only enablers or outputs; uncovered means no team's work reaches it.</p>");
        html.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Company OKR</th><th scope=\"col\">Verdict</th><th scope=\"col\">Who contributes, and how</th><th scope=\"col\">What it means</th></tr></thead><tbody>");
        foreach (var c in coverage)
        {
            var verdict = c.Verdict.ToString().ToLowerInvariant();
            var who = c.Contributions.Count == 0
                ? "nobody"
                : string.Join("; ", c.Contributions.Select(k => $"{k.Unit} ({ReviewLabels.Contribution(k.Kind)}, {k.Source})"));
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Svg.Escape(c.Target.ToString())}</td><td><span class=\"verdict {verdict}\">{verdict}</span></td><td>{Svg.Escape(who)}</td><td>{Svg.Escape(c.Meaning)}</td></tr>");
        }

        html.Append("</tbody></table></div>");
        var findings = report.Findings.Where(f => f.Area == "alignment").ToList();
        if (findings.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>Alignment and org-design findings ({findings.Count})</h3>");
            FindingList.Write(html, findings, 40);
        }

        html.Append("</section>");
    }
}

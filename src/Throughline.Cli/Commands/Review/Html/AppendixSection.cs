using System.Globalization;
using System.Text;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>The appendix: every finding of every analysis with its rule id, target, evidence and fix.</summary>
internal static class AppendixSection
{
    public static void Write(StringBuilder html, IReadOnlyList<PortfolioFinding> findings)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"appendix\" aria-labelledby=\"appendix-h\"><h2 id=\"appendix-h\">Appendix: every finding ({findings.Count})</h2>");
        html.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\">Area</th><th scope=\"col\">Target</th><th scope=\"col\">Finding</th><th scope=\"col\">Evidence</th><th scope=\"col\">Fix</th></tr></thead><tbody>");
        foreach (var f in findings)
        {
            var severity = f.Severity.ToString().ToLowerInvariant();
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Svg.Escape(f.RuleId)}</td><td><span class=\"sev {severity}\">{severity}</span></td><td>{Svg.Escape(f.Area)}</td><td>{Svg.Escape(f.Target)}</td><td>{Svg.Escape(f.Message)}</td><td>{Svg.Escape(f.Evidence)}</td><td>{Svg.Escape(f.Fix)}</td></tr>");
        }

        html.Append("</tbody></table></div></section>");
    }
}

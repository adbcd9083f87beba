using System.Globalization;
using System.Text;
using Throughline.Core.Diagnostics;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>
/// The appendix: every finding of every analysis with its rule id, target, evidence and fix. Above
/// <see cref="MaxRows"/> findings (a generated 2,000-unit organisation has tens of thousands) it shows the count per
/// rule and the first rows, worst first, and points to <c>--format json</c> for the rest, so the file stays openable.
/// </summary>
internal static class AppendixSection
{
    private const int MaxRows = 3000;

    public static void Write(StringBuilder html, IReadOnlyList<PortfolioFinding> findings)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"appendix\" aria-labelledby=\"appendix-h\"><h2 id=\"appendix-h\">Appendix: every finding ({findings.Count})</h2>");
        if (findings.Count > MaxRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{findings.Count} findings: the table lists the first {MaxRows}, worst first; <code>throughline review --format json</code> lists every one.</p>");
            html.Append("<div class=\"scroll\"><table><caption class=\"muted\">Findings per rule</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Area</th><th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th><th scope=\"col\" class=\"num\">Infos</th></tr></thead><tbody>");
            foreach (var rule in findings.GroupBy(f => (f.RuleId, f.Area)).OrderBy(g => g.Key.RuleId, StringComparer.Ordinal))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Svg.Escape(rule.Key.RuleId)}</td><td>{Svg.Escape(rule.Key.Area)}</td><td class=\"num\">{rule.Count(f => f.Severity == Severity.Error)}</td><td class=\"num\">{rule.Count(f => f.Severity == Severity.Warning)}</td><td class=\"num\">{rule.Count(f => f.Severity == Severity.Info)}</td></tr>");
            }

            html.Append("</tbody></table></div>");
        }

        html.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\">Area</th><th scope=\"col\">Target</th><th scope=\"col\">Finding</th><th scope=\"col\">Evidence</th><th scope=\"col\">Fix</th></tr></thead><tbody>");
        foreach (var f in findings.Take(MaxRows))
        {
            var severity = f.Severity.ToString().ToLowerInvariant();
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Svg.Escape(f.RuleId)}</td><td><span class=\"sev {severity}\">{severity}</span></td><td>{Svg.Escape(f.Area)}</td><td>{Svg.Escape(f.Target)}</td><td>{Svg.Escape(f.Message)}</td><td>{Svg.Escape(f.Evidence)}</td><td>{Svg.Escape(f.Fix)}</td></tr>");
        }

        html.Append("</tbody></table></div></section>");
    }
}

using System.Globalization;
using System.Text;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>A short list of findings (worst first), each with rule, severity, target, message, evidence and fix.</summary>
internal static class FindingList
{
    public static void Write(StringBuilder html, IReadOnlyList<PortfolioFinding> findings, int max)
    {
        html.Append("<ul class=\"findings\">");
        foreach (var f in findings.Take(max))
        {
            var severity = f.Severity.ToString().ToLowerInvariant();
            html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"sev {severity}\">{Svg.Escape(f.RuleId)} {severity}</span> <strong>{Svg.Escape(f.Target)}</strong>: {Svg.Escape(f.Message)} <span class=\"muted\">Evidence: {Svg.Escape(f.Evidence)} Fix: {Svg.Escape(f.Fix)}</span></li>");
        }

        html.Append("</ul>");
        if (findings.Count > max)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{findings.Count - max} more in the appendix.</p>");
        }
    }
}

using System.Globalization;
using System.Text;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rules;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>Per unit: its objectives with quality and connection scores, each KR's kind, score, findings and rewrite.</summary>
internal static class UnitSection
{
    public static void WriteScorecard(StringBuilder html, IReadOnlyList<OrgUnit> units, IReadOnlyDictionary<string, QualityReport> byUnit)
    {
        html.Append("<h3>Unit scorecard</h3><div class=\"scroll\"><table><caption class=\"muted\">Worst mean quality first</caption><thead><tr><th scope=\"col\">Unit</th><th scope=\"col\" class=\"num\">Objectives</th><th scope=\"col\" class=\"num\">Key results</th><th scope=\"col\" class=\"num\">Mean quality</th><th scope=\"col\" class=\"num\">Outcome KRs</th><th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th><th scope=\"col\" class=\"num\">Weakest connection</th></tr></thead><tbody>");
        var rows = units.Where(u => byUnit.ContainsKey(u.Id)).Select(u => (Unit: u, Report: byUnit[u.Id]))
            .Select(r => (r.Unit, r.Report, Krs: r.Report.KeyResults.ToList()))
            .OrderBy(r => r.Krs.Count == 0 ? 100 : r.Krs.Average(k => k.Score.Value))
            .ThenBy(r => r.Unit.Id, StringComparer.Ordinal);
        foreach (var (unit, report, krs) in rows)
        {
            var mean = krs.Count == 0 ? "—" : krs.Average(k => k.Score.Value).ToString("0", CultureInfo.InvariantCulture);
            var outcomes = krs.Count(k => k.Classification.Kind == Core.Quality.Classification.KrKind.Outcome);
            var weakest = report.Objectives.Select(o => o.ConnectionStrength).OfType<int>().DefaultIfEmpty().Min();
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\"><a href=\"#unit-{Svg.Escape(unit.Id)}\">{Svg.Escape(unit.Name)}</a></th><td class=\"num\">{report.Objectives.Count}</td><td class=\"num\">{krs.Count}</td><td class=\"num\">{mean}</td><td class=\"num\">{outcomes}/{krs.Count}</td><td class=\"num\">{report.Findings.Count(f => f.Severity == Severity.Error)}</td><td class=\"num\">{report.Findings.Count(f => f.Severity == Severity.Warning)}</td><td class=\"num\">{(weakest == 0 ? "—" : $"{weakest}/5")}</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    public static void Write(StringBuilder html, OrgUnit unit, QualityReport report, bool open, Action<StringBuilder>? extra = null)
    {
        var krs = report.KeyResults.ToList();
        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = report.Findings.Count(f => f.Severity == Severity.Warning);
        var mean = krs.Count == 0 ? "no KRs" : $"mean quality {krs.Average(k => k.Score.Value).ToString("0", CultureInfo.InvariantCulture)}";
        html.Append(CultureInfo.InvariantCulture, $"<details class=\"unit\" id=\"unit-{Svg.Escape(unit.Id)}\"{(open ? " open" : string.Empty)}><summary>{Svg.Escape(unit.Name)} <span class=\"muted\">— {report.Objectives.Count} objectives, {krs.Count} KRs, {mean}, {errors} errors, {warnings} warnings</span></summary><div>");
        if (unit.Area is { } area)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Area: {Svg.Escape(area)}</p>");
        }

        foreach (var objective in report.Objectives)
        {
            WriteObjective(html, objective);
        }

        extra?.Invoke(html);
        html.Append("</div></details>");
    }

    private static void WriteObjective(StringBuilder html, ObjectiveReview review)
    {
        var o = review.Objective;
        var connection = review.Connections.Count > 0
            ? string.Join("; ", review.Connections.Select(c => $"{c.Strength}/5 to {c.Parent}: {c.Reason}"))
            : review.ConnectionNote ?? string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<h4>{Svg.Escape(o.Ref.ToString())} {Svg.Escape(o.Title)} <span class=\"score\">{review.Score.Value}/100</span></h4>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Connection: {Svg.Escape(connection)}</p>");
        foreach (var finding in review.Findings)
        {
            WriteFinding(html, finding);
        }

        html.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">KR</th><th scope=\"col\">Key result</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Findings and rewrite</th></tr></thead><tbody>");
        foreach (var kr in review.KeyResults)
        {
            var kind = kr.Classification.Kind.ToString().ToLowerInvariant();
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Svg.Escape(kr.KeyResult.Ref.LocalId)}</td><td>{Svg.Escape(kr.KeyResult.Text)}</td><td><span class=\"kind {kind}\">{kind}</span></td><td class=\"num score\">{kr.Score.Value}</td><td>");
            foreach (var finding in kr.Findings)
            {
                WriteFinding(html, finding);
            }

            if (kr.Rewrite is { } rewrite)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"rewrite\">Rewrite: {Svg.Escape(rewrite.Text)}</p>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static void WriteFinding(StringBuilder html, Finding finding)
    {
        var severity = finding.Severity.ToString().ToLowerInvariant();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"finding\"><span class=\"sev {severity}\">{Svg.Escape(finding.RuleId)} {severity}</span> {Svg.Escape(finding.Message)} <span class=\"muted\">Fix: {Svg.Escape(finding.Fix)}</span></p>");
    }
}

using System.Text;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rules;

namespace Throughline.Cli.Commands.Check;

/// <summary>Renders a quality review as Markdown: a summary, then per unit (worst first) each objective with a KR table, findings and rewrites.</summary>
internal static class CheckMarkdown
{
    public static string Render(OkrWorkspace workspace, QualityReport report)
    {
        var md = new StringBuilder();
        var krs = report.KeyResults.ToList();
        md.AppendLine($"# Quality review: {workspace.Organisation}, {report.Cycle}").AppendLine();
        md.AppendLine($"{report.Objectives.Count} objectives, {krs.Count} key results " +
            $"({krs.Count(k => k.Classification.Kind == Core.Quality.Classification.KrKind.Outcome)} outcomes, " +
            $"{krs.Count(k => k.Classification.Kind == Core.Quality.Classification.KrKind.Output)} outputs, " +
            $"{krs.Count(k => k.Classification.Kind == Core.Quality.Classification.KrKind.Mixed)} mixed). " +
            $"Findings: {Count(report, Severity.Error)} errors, {Count(report, Severity.Warning)} warnings, {Count(report, Severity.Info)} infos." +
            (krs.Count > 0 ? $" Mean KR score {krs.Average(k => k.Score.Value):0}/100." : string.Empty));
        md.AppendLine().AppendLine("Rule ids link to docs/rules.md. Scores are 0-100; connection strength is 1 (no line of sight) to 5 (moves a company KR's metric directly).");

        foreach (var unit in CheckOrder.Units(report))
        {
            md.AppendLine().AppendLine($"## {Cell(workspace.FindUnit(unit.Key)?.Name ?? unit.Key)} (`{unit.Key}`)");
            foreach (var objective in unit)
            {
                RenderObjective(md, objective);
            }
        }

        return md.ToString();
    }

    private static void RenderObjective(StringBuilder md, ObjectiveReview objective)
    {
        md.AppendLine().AppendLine($"### {objective.Objective.Ref} · {Cell(objective.Objective.Title)}").AppendLine();
        var connection = objective.ConnectionStrength is { } s ? $"{s}/5" : objective.ConnectionNote ?? "none";
        md.AppendLine($"Score **{objective.Score.Value}/100** · connection **{connection}**").AppendLine();
        foreach (var link in objective.Connections)
        {
            md.AppendLine($"- supports `{link.Parent}`: {link.Strength}/5 — {Cell(link.Reason)}");
        }

        foreach (var finding in objective.Findings)
        {
            AppendFinding(md, finding);
        }

        md.AppendLine().AppendLine("| KR | kind | score | key result | findings |").AppendLine("|---|---|---:|---|---|");
        foreach (var kr in objective.KeyResults)
        {
            var kind = kr.KeyResult.IsRat ? "rat" : kr.Classification.Kind.ToString().ToLowerInvariant();
            var rules = kr.Findings.Count == 0 ? "—" : string.Join(", ", kr.Findings.Select(f => f.RuleId));
            md.AppendLine($"| {kr.KeyResult.Ref.LocalId} | {kind} | {kr.Score.Value} | {Cell(kr.KeyResult.Text)} | {rules} |");
        }

        foreach (var kr in objective.KeyResults.Where(k => k.Findings.Count > 0))
        {
            md.AppendLine().AppendLine($"**{kr.KeyResult.Ref.LocalId}** {Cell(kr.KeyResult.Text)}").AppendLine();
            foreach (var finding in kr.Findings)
            {
                AppendFinding(md, finding);
            }

            if (kr.Rewrite is { } rewrite)
            {
                md.AppendLine($"- **Rewrite:** {Cell(rewrite.Text)}" + (rewrite.BaselineNeeded is { } needed ? $" ({Cell(needed)})" : string.Empty));
            }
        }
    }

    private static void AppendFinding(StringBuilder md, Finding f) =>
        md.AppendLine($"- **{f.Severity.ToString().ToLowerInvariant()} [{f.RuleId}](docs/rules.md)** {Cell(f.Message)} *Evidence:* {Cell(f.Evidence)} *Fix:* {Cell(f.Fix)}");

    /// <summary>Text safe inside a table cell or list item: one line, pipes escaped.</summary>
    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Trim();

    private static int Count(QualityReport report, Severity severity) => report.Findings.Count(f => f.Severity == severity);
}

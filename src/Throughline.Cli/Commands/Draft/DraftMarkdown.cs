using System.Text;
using Throughline.Core.Diagnostics;

namespace Throughline.Cli.Commands.Draft;

/// <summary>Renders the draft assessment as Markdown, for a planning document or a pull request.</summary>
internal static class DraftMarkdown
{
    public static string Render(DraftReport report)
    {
        var draft = report.Draft;
        var findings = report.Review.Findings.ToLookup(f => f.Target);
        var reviewed = report.Review.Objectives.ToDictionary(o => o.Objective.Ref);
        var md = new StringBuilder();
        md.Append($"# Draft OKRs for {draft.Unit.Name} ({draft.Unit.Id}), {draft.Cycle}\n\n");
        md.Append($"Engine: {report.Engine}; {report.EngineNote}. Written to `{report.File}`: a proposal for the team to edit.\n\n");
        foreach (var note in draft.Notes)
        {
            md.Append($"- {note}\n");
        }

        foreach (var objective in draft.Objectives)
        {
            var review = reviewed.GetValueOrDefault(objective.Objective.Ref);
            md.Append($"\n## {objective.Objective.Ref.LocalId}: {objective.Objective.Title}\n\n");
            md.Append($"{objective.Objective.Why}");
            md.Append(review is null ? "\n\n" : $" — score {review.Score.Value}/100" + (review.ConnectionStrength is { } s ? $", connection {s}/5" : string.Empty) + "\n\n");
            md.Append("| KR | proposal | line of sight | outcome/output | measurable | calibration |\n|---|---|---|---|---|---|\n");
            foreach (var kr in objective.KeyResults)
            {
                md.Append($"| {kr.KeyResult.Ref.LocalId} | {Cell(kr.KeyResult.Text)} | {Cell(kr.LineOfSight)} | {kr.Kind.ToString().ToLowerInvariant()} | {Cell(kr.Measurability)} | {Cell(kr.Calibration)} |\n");
            }

            foreach (var finding in objective.KeyResults.SelectMany(k => findings[k.KeyResult.Ref]).Concat(findings[objective.Objective.Ref]))
            {
                md.Append($"\n- **{finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}** ({finding.Target.LocalId}) {finding.Message} Fix: {finding.Fix}");
            }

            md.Append('\n');
        }

        md.Append("\n## No line of sight\n\n");
        md.Append(draft.NoLineOfSight.Count == 0 ? "None: every company objective is reached.\n" : string.Empty);
        foreach (var gap in draft.NoLineOfSight)
        {
            md.Append($"- **{gap.CompanyObjective}** {gap.Title}: {gap.Evidence}. Implication: {gap.Implication}.\n");
        }

        md.Append("\n## Dependencies not agreed\n\n");
        md.Append(draft.Dependencies.Count == 0 ? "None.\n" : string.Empty);
        foreach (var flag in draft.Dependencies)
        {
            md.Append($"- {(flag.KeyResult is { } k ? k.LocalId + ": " : string.Empty)}{flag.OtherUnit}: {flag.Reason} ({flag.Source})\n");
        }

        var all = report.Review.Findings;
        md.Append($"\nQuality review of the draft: {all.Count(f => f.Severity == Severity.Error)} errors, {all.Count(f => f.Severity == Severity.Warning)} warnings, {all.Count(f => f.Severity == Severity.Info)} infos.\n");
        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}

using System.Text;
using Throughline.Core.Alignment;
using Throughline.Core.Model;

namespace Throughline.Cli.Commands.Align;

/// <summary>Renders an alignment report as Markdown: coverage table, findings, line-of-sight table.</summary>
internal static class AlignMarkdown
{
    public static string Render(OkrWorkspace workspace, AlignmentReport report)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {workspace.Organisation}: alignment of {report.Cycle}").AppendLine();
        md.AppendLine("## Coverage of company OKRs").AppendLine();
        md.AppendLine("| company OKR | verdict | contributions | meaning |").AppendLine("|---|---|---|---|");
        foreach (var coverage in report.Coverage)
        {
            var contributions = coverage.Contributions.Count == 0
                ? "none"
                : string.Join("<br>", coverage.Contributions.Select(c => $"{c.Unit} via `{c.Source}`: {AlignText.Kind(c.Kind)}, {c.Score}/5"));
            md.AppendLine($"| `{coverage.Target}` {Cell(AlignText.Title(workspace, report.Cycle, coverage.Target))} | {coverage.Verdict.ToString().ToLowerInvariant()} | {Cell(contributions)} | {Cell(coverage.Meaning)} |");
        }

        md.AppendLine().AppendLine($"## Findings ({report.Findings.Count})").AppendLine();
        foreach (var finding in report.Findings)
        {
            md.AppendLine($"- **{finding.RuleId}** `{finding.Subject}`: {finding.Message}")
                .AppendLine($"  - evidence: {finding.Evidence}")
                .AppendLine($"  - fix: {finding.Fix}");
        }

        md.AppendLine().AppendLine("## Line of sight").AppendLine();
        md.AppendLine("Explicit links are the workspace's `supports`; suggested candidates are inferred and not claimed by anyone.").AppendLine();
        md.AppendLine("| team OKR | unit | candidates (score, reason) |").AppendLine("|---|---|---|");
        foreach (var item in report.LineOfSight)
        {
            var candidates = item.Candidates.Count == 0
                ? "none"
                : string.Join("<br>", item.Candidates.Take(3).Select(c => $"{(c.Explicit ? "**supports**" : "suggested")} `{c.Target}` {c.Score}/5: {c.Reason}"));
            md.AppendLine($"| `{item.Source}` | {item.Unit} | {Cell(candidates)} |");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

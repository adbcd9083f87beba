using System.Text;
using Throughline.Core.Conflicts;
using Throughline.Core.Model;

namespace Throughline.Cli.Commands.Conflicts;

/// <summary>Renders a conflict report as Markdown.</summary>
internal static class ConflictsMarkdown
{
    public static string Render(OkrWorkspace workspace, ConflictReport report)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {workspace.Organisation}: cross-team conflicts in {report.Cycle}").AppendLine();
        md.AppendLine("## Top 3 issues to resolve before the quarter starts").AppendLine();
        foreach (var issue in report.TopIssues)
        {
            md.AppendLine($"{issue.Rank}. **{issue.Conflict.RuleId}** `{ConflictsText.Pair(issue.Conflict)}` — {issue.Conflict.Rationale} Conversation: {issue.Conversation}");
        }

        foreach (var group in report.Conflicts.GroupBy(c => c.Type))
        {
            md.AppendLine().AppendLine($"## {ConflictsText.Title(group.Key)} ({group.Count()})").AppendLine();
            foreach (var conflict in group)
            {
                md.AppendLine($"- **{conflict.RuleId}** ({conflict.Severity.ToString().ToLowerInvariant()}) `{ConflictsText.Pair(conflict)}` — {string.Join(", ", conflict.Units.Distinct(StringComparer.Ordinal))}")
                    .AppendLine($"  - {conflict.Rationale}")
                    .AppendLine($"  - evidence: {conflict.Evidence}")
                    .AppendLine($"  - suggestion: {conflict.Suggestion}");
            }
        }

        return md.ToString();
    }
}

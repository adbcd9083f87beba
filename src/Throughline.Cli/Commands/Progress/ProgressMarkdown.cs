using System.Text;
using Throughline.Core.Progress;

namespace Throughline.Cli.Commands.Progress;

/// <summary>Renders a progress review as Markdown: a status table, then the findings, recovery advice, priorities and lessons.</summary>
internal static class ProgressMarkdown
{
    public static string Render(string organisation, ProgressReport report)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {organisation}: progress of {report.Cycle.Id} as of {report.AsOf:yyyy-MM-dd}").AppendLine();
        md.AppendLine("| KR | status | rule | now | target | progress | expected | P(hit) | forecast (80% band) |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---|");
        foreach (var k in report.KeyResults)
        {
            var f = k.Forecast;
            md.AppendLine($"| `{k.KeyResult.Ref}` | {ProgressText.Label(k.Status)} | {k.StatusRule} | {k.Current?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} | {k.Target?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} | " +
                $"{(k.Progress is { } p ? p.ToString("0%", System.Globalization.CultureInfo.InvariantCulture) : "")} | {k.Expected.ToString("0%", System.Globalization.CultureInfo.InvariantCulture)} | " +
                $"{(f is null ? "" : f.Probability.ToString("0%", System.Globalization.CultureInfo.InvariantCulture))} | {(f is null ? "" : $"{f.ProjectedEnd:0.##} ({f.Low:0.##}..{f.High:0.##})")} |");
        }

        md.AppendLine().AppendLine("## Findings and advice").AppendLine();
        foreach (var k in report.KeyResults.Where(k => k.Findings.Count > 0 || k.Recovery is not null))
        {
            md.AppendLine($"### `{k.KeyResult.Ref}` {k.KeyResult.Text}").AppendLine();
            md.AppendLine($"- **{k.StatusRule} {ProgressText.Label(k.Status)}**: {k.StatusReason}");
            foreach (var finding in k.Findings)
            {
                md.AppendLine($"- **{finding.RuleId}** {finding.Message} Evidence: {finding.Evidence}. Fix: {finding.Fix}");
            }

            if (k.Recovery is { DecisionDraft: { } draft, StakeholderDraft: { } message })
            {
                md.AppendLine().AppendLine("Decision-log draft:").AppendLine().AppendLine("```yaml").AppendLine(draft).AppendLine("```").AppendLine();
                md.AppendLine($"Stakeholder message: {message}");
            }

            md.AppendLine();
        }

        if (report.Priorities.Count > 0)
        {
            md.AppendLine("## Where the rest of the cycle recovers most").AppendLine();
            foreach (var p in report.Priorities)
            {
                md.AppendLine($"- `{p.KeyResult}`: {string.Join(", ", p.Initiatives)}; expected {p.ExpectedImpact:0.##} of {p.RemainingGap:0.##} to go for {p.Effort:0.#} engineer-weeks");
            }

            md.AppendLine();
        }

        if (report.Lessons.Count > 0)
        {
            md.AppendLine("## What to fix in next cycle's OKRs").AppendLine();
            foreach (var lesson in report.Lessons)
            {
                md.AppendLine($"- {lesson}");
            }
        }

        return md.ToString();
    }
}

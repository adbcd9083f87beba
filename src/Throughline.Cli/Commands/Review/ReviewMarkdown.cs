using System.Globalization;
using System.Text;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review;

/// <summary>The review as Markdown: summary, top actions, per-unit scores and every finding.</summary>
internal static class ReviewMarkdown
{
    public static string Render(PortfolioReport report, string? unit)
    {
        var md = new StringBuilder();
        var h = report.Health;
        md.AppendLine(CultureInfo.InvariantCulture, $"# OKR review: {report.Organisation}, {report.Cycle.Id}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"As of {report.AsOf:yyyy-MM-dd}.").AppendLine();
        md.AppendLine("## Portfolio health").AppendLine();
        md.AppendLine("| measure | value |").AppendLine("|---|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| key results | {h.KeyResults} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| measure an outcome | {ReviewFormat.Percent(h.OutcomeShare)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| have a baseline | {ReviewFormat.Percent(h.BaselineShare)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| company key results covered | {(h.CompanyKeyResultsCovered is { } c ? $"{c} / {h.CompanyKeyResults}" : $"— / {h.CompanyKeyResults}")} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| cross-team conflicts open | {h.ConflictsOpen?.ToString(CultureInfo.InvariantCulture) ?? "—"} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| roadmap work linked to a KR | {ReviewFormat.Percent(h.InitiativesLinkedShare)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| forecast KRs on track | {ReviewFormat.Percent(h.OnTrackShare)} |").AppendLine();
        md.AppendLine("## Top actions").AppendLine();
        var findings = report.FindingsFor(unit);
        var actions = report.ActionsFor(unit);
        foreach (var action in actions)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{action.Rank}. **{Escape(action.Title)}**  ");
            md.AppendLine(CultureInfo.InvariantCulture, $"   Next step: {Escape(action.NextStep)}  ");
            md.AppendLine(CultureInfo.InvariantCulture, $"   Why: {Escape(action.Why)}");
        }

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Every finding ({findings.Count})").AppendLine();
        md.AppendLine("| rule | severity | area | target | finding | fix |").AppendLine("|---|---|---|---|---|---|");
        foreach (var f in findings)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {f.RuleId} | {f.Severity.ToString().ToLowerInvariant()} | {f.Area} | {Escape(f.Target)} | {Escape(f.Message)} | {Escape(f.Fix)} |");
        }

        return md.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

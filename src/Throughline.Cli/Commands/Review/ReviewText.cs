using System.Globalization;
using Spectre.Console;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review;

/// <summary>The summary printed to the terminal: health numbers, then the top actions.</summary>
internal static class ReviewText
{
    public static void Render(IAnsiConsole console, PortfolioReport report, string? unit)
    {
        var h = report.Health;
        console.MarkupLine($"[bold]{Markup.Escape(report.Organisation)}[/] · review of {Markup.Escape(report.Cycle.Id)} as of {report.AsOf:yyyy-MM-dd}{(unit is null ? string.Empty : $" · unit {Markup.Escape(unit)}")}");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Portfolio health").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("Key results", h.KeyResults.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Measure an outcome", ReviewFormat.Percent(h.OutcomeShare));
        table.AddRow("Have a baseline", ReviewFormat.Percent(h.BaselineShare));
        table.AddRow("Company key results covered", h.CompanyKeyResultsCovered is { } c ? $"{c} / {h.CompanyKeyResults}" : $"— / {h.CompanyKeyResults}");
        table.AddRow("Cross-team conflicts open", h.ConflictsOpen?.ToString(CultureInfo.InvariantCulture) ?? "—");
        table.AddRow("Roadmap work linked to a KR", ReviewFormat.Percent(h.InitiativesLinkedShare));
        table.AddRow("Forecast KRs on track", ReviewFormat.Percent(h.OnTrackShare));
        table.AddRow("Mean KR quality (0-100)", h.MeanQuality is { } q ? q.ToString("0", CultureInfo.InvariantCulture) : "—");
        console.Write(table);
        var actions = report.ActionsFor(unit);
        console.MarkupLine("[bold]Top actions[/]");
        if (actions.Count == 0)
        {
            console.MarkupLine("  No warning- or error-level findings.");
        }

        foreach (var action in actions)
        {
            console.MarkupLine($"  {action.Rank}. [bold]{Markup.Escape(action.Title)}[/]");
            console.MarkupLine($"     Next step: {Markup.Escape(action.NextStep)}");
            console.MarkupLine($"     [grey]Why: {Markup.Escape(action.Why)}[/]");
        }

        var errors = report.Findings.Count(f => f.Severity == Core.Diagnostics.Severity.Error);
        var warnings = report.Findings.Count(f => f.Severity == Core.Diagnostics.Severity.Warning);
        console.MarkupLine($"{report.Findings.Count} findings: {errors} errors, {warnings} warnings.");
    }
}

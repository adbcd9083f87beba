using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Commands.Review.Html;
using Throughline.Cli.Output;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review;

/// <summary>
/// <c>throughline review PATH</c>: the main job — every analysis run once over one loaded workspace, written as one
/// report a leader can read (a self-contained HTML file by default), with the summary printed to the terminal.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var format = CommonOptions.Format("html", "markdown", "json", "text");
        format.DefaultValueFactory = _ => "html";
        var cycle = CommonOptions.Cycle();
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Review the workspace as of this date (YYYY-MM-DD): later check-ins are ignored (default: the cycle's latest check-in, so the same workspace gives the same report).",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file (default for html: review-<organisation>-<cycle>.html in the current directory; other formats go to standard output).",
        };
        var view = new Option<string>("--view")
        {
            Description = "Who the report is for: all | pm (one unit; needs --unit) | leader (portfolio) | exec (cascade quality and alignment) | eng (how work connects to outcomes).",
            DefaultValueFactory = _ => "all",
        };
        view.AcceptOnlyFromAmong("all", "pm", "leader", "exec", "eng");
        var unit = new Option<string?>("--unit") { Description = "With --view pm: the unit whose OKRs the report is about (a unit id such as growth)." };
        var failOn = CommonOptions.FailOn();
        var command = new Command("review", "The whole cascade-health review in one report: an executive summary (portfolio health in a few numbers and the top 5 actions), the strategy map, every unit's OKRs with quality scores, findings, rewrites and connection strength, and an appendix with every finding, rule id and evidence. Writes a self-contained HTML file (or markdown, json, text) and prints the summary. Exit code 1 when findings at or above --fail-on exist.")
        {
            path,
            format,
            cycle,
            asOf,
            output,
            view,
            unit,
            failOn,
        };
        command.SetAction(parse => Run(context, new ReviewRequest(
            parse.GetValue(path)!,
            parse.GetValue(format)!,
            parse.GetValue(cycle),
            parse.GetValue(asOf),
            parse.GetValue(output),
            Enum.Parse<ReviewView>(parse.GetValue(view)!, ignoreCase: true),
            parse.GetValue(unit),
            parse.GetValue(failOn)!)));
        return command;
    }

    private static int Run(CliContext context, ReviewRequest request)
    {
        if (!CommonOptions.TryParseDate(context, "--as-of", request.AsOf, out var asOf))
        {
            return ExitCodes.BadInput;
        }

        if (request.View == ReviewView.Pm && request.Unit is null)
        {
            context.Error.MarkupLine("[red]error:[/] --view pm needs --unit: the unit whose OKRs the report is about.");
            return ExitCodes.BadInput;
        }

        if (!WorkspaceGate.TryLoad(context, request.Path, request.Cycle, out var workspace, out var cycleId, out var exitCode))
        {
            return exitCode;
        }

        if (request.Unit is { } unit && workspace.FindUnit(unit) is null)
        {
            context.Error.MarkupLine($"[red]error:[/] unknown unit '{Markup.Escape(unit)}'. Units: {Markup.Escape(string.Join(", ", workspace.Units.Select(u => u.Id)))}.");
            return ExitCodes.BadInput;
        }

        var cycle = workspace.FindCycle(cycleId) ?? (CycleCalendar.TryCreate(cycleId, out var calendar) ? calendar : null);
        if (cycle is null)
        {
            context.Error.MarkupLine($"[red]error:[/] cycle '{Markup.Escape(cycleId)}' has no dates: add it to workspace.yaml's cycles with start and end.");
            return ExitCodes.BadInput;
        }

        var report = Analyse(context, workspace, cycle, asOf);
        var rendered = request.Format switch
        {
            "markdown" => ReviewMarkdown.Render(workspace, report, request.View, request.Unit),
            "json" => Json.Serialize(ReviewJson.From(workspace, report)),
            "text" => null,
            _ => ReviewHtml.Render(workspace, report, request.View, request.Unit),
        };
        var file = request.Output ?? (request.Format == "html" ? DefaultFileName(report) : null);
        if (rendered is not null && file is not null)
        {
            try
            {
                File.WriteAllText(file, rendered);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Error.MarkupLine($"[red]error:[/] could not write {Markup.Escape(file)}: {Markup.Escape(ex.Message)}");
                return ExitCodes.BadInput;
            }

            context.Error.MarkupLine($"Report written to [bold]{Markup.Escape(Path.GetFullPath(file))}[/]");
        }
        else if (rendered is not null)
        {
            context.WriteRaw(rendered);
        }

        if (rendered is null || file is not null)
        {
            ReviewText.Render(context.Out, report, request.Unit);
        }

        var threshold = CommonOptions.FailOnSeverity(request.FailOn);
        var findings = report.FindingsFor(request.Unit);
        return threshold is { } t && findings.Any(f => f.Severity >= t) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static PortfolioReport Analyse(CliContext context, OkrWorkspace workspace, Cycle cycle, DateOnly? asOf)
    {
        if (!context.Error.Profile.Capabilities.Interactive)
        {
            return PortfolioReview.Run(workspace, KnowledgeBase.BuiltIn, cycle, asOf);
        }

        PortfolioReport? report = null;
        context.Error.Status().Start("Reviewing…", status =>
            report = PortfolioReview.Run(workspace, KnowledgeBase.BuiltIn, cycle, asOf, step => status.Status($"Reviewing: {step}…")));
        return report!;
    }

    private static string DefaultFileName(PortfolioReport report)
    {
        var name = new string([.. report.Organisation.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return $"review-{(name.Length == 0 ? "workspace" : name)}-{report.Cycle.Id}.html";
    }

    private sealed record ReviewRequest(string Path, string Format, string? Cycle, string? AsOf, string? Output, ReviewView View, string? Unit, string FailOn);
}

using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Drafting;
using Throughline.Core.Knowledge;

namespace Throughline.Cli.Commands.Draft;

/// <summary>
/// <c>throughline draft PATH --unit ID</c>: proposes a unit's objectives and key results from the company OKRs
/// (seed 000, prompt 1), writes them to a new draft file in the workspace's OKR format, and prints the assessment:
/// line of sight, outcome or output, measurability, calibration, no-line-of-sight items, dependency flags, and what
/// the quality analysers still find in the draft.
/// </summary>
internal static class DraftCommand
{
    internal const string Engine = "offline engine, deterministic";

    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var unit = new Option<string>("--unit") { Description = "The unit to draft for (a unit id from units.yaml, e.g. onboarding).", Required = true };
        var cycle = CommonOptions.Cycle();
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the draft OKR file (default: PATH/drafts/<unit>-<cycle>.yaml). Never a file under PATH/okrs/." };
        var force = new Option<bool>("--force") { Description = "Replace an existing draft file." };
        var format = CommonOptions.Format("text", "json", "markdown");
        var llm = new Option<bool>("--llm")
        {
            Description = "Draft with an OpenAI-compatible LLM configured by THROUGHLINE_LLM_ENDPOINT, THROUGHLINE_LLM_MODEL and THROUGHLINE_LLM_API_KEY (or a JSON file named by THROUGHLINE_LLM_CONFIG); the analysers review its draft and send it back once for revision. Falls back to the offline draft, and says so, when no endpoint is configured or it fails.",
        };
        var command = new Command("draft", "Draft a unit's OKRs from the company OKRs: one objective per company objective the unit has a line of sight to, 2-3 outcome KRs on metrics it can move with baselines and targets calibrated from metric history, each assessed (outcome or output, measurable with current data); company objectives with no line of sight and what that implies; contributions of other units that are not agreed. Writes the draft to a new file for the PM to edit and prints the assessment with what the quality review still finds.")
        {
            path,
            unit,
            cycle,
            output,
            force,
            format,
            llm,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(unit)!, parse.GetValue(cycle), parse.GetValue(output), parse.GetValue(force), parse.GetValue(format)!, parse.GetValue(llm)));
        return command;
    }

    private static int Run(CliContext context, string path, string unitId, string? cycle, string? output, bool force, string format, bool llm)
    {
        if (!WorkspaceGate.TryLoad(context, path, cycle, out var workspace, out var cycleId, out var exitCode))
        {
            return exitCode;
        }

        if (workspace.FindUnit(unitId) is null)
        {
            context.Error.MarkupLine($"[red]error:[/] unknown unit '{Markup.Escape(unitId)}': use one of {Markup.Escape(string.Join(", ", workspace.Units.Select(u => u.Id)))}");
            return ExitCodes.BadInput;
        }

        var draft = TeamDrafter.Draft(workspace, KnowledgeBase.BuiltIn, unitId, cycleId);
        var file = output ?? DraftFile.DefaultPath(path, draft);
        if (DraftFile.Refusal(path, file, force) is { } refusal)
        {
            context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(refusal)}");
            return ExitCodes.BadInput;
        }

        var (engine, note) = (Engine, "no LLM is used: the draft is offline and deterministic (pass --llm to use a configured OpenAI-compatible endpoint)");
        if (llm)
        {
            (draft, engine, note) = DraftWithLlm.Run(workspace, draft);
            if (engine == Engine)
            {
                context.Error.MarkupLine($"[yellow]--llm: {Markup.Escape(note)}[/]");
            }
        }

        var review = DraftReview.Run(workspace, KnowledgeBase.BuiltIn, draft);
        DraftFile.Write(file, DraftFile.Render(workspace, draft, engine));
        var report = new DraftReport(draft, review, file, engine, note);
        switch (format)
        {
            case "json":
                context.WriteRaw(Json.Serialize(DraftJson.From(report)));
                break;
            case "markdown":
                context.WriteRaw(DraftMarkdown.Render(report));
                break;
            default:
                DraftText.Render(context.Out, report);
                break;
        }

        return ExitCodes.Ok;
    }
}

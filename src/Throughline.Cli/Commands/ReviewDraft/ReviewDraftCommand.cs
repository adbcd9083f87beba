using System.CommandLine;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Drafting;
using Throughline.Core.Knowledge;

namespace Throughline.Cli.Commands.ReviewDraft;

/// <summary>
/// <c>throughline review-draft FILE</c>: the seed's prompt 2 on a written draft of a unit's OKRs — the quality
/// review with rewrites, the 1-5 connection score per objective, important outcomes the draft does not measure, and
/// each target's ambition against last quarter.
/// </summary>
internal static class ReviewDraftCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A unit's draft OKR file in the workspace format, e.g. examples/acme/drafts/onboarding-2026-Q4.yaml." };
        var workspace = new Option<string?>("--workspace", "-w") { Description = "The workspace the draft belongs to (default: the folder above the draft's folder, e.g. PATH for PATH/drafts/FILE)." };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("review-draft", "Review a written OKR draft before it goes to leadership (seed prompt 2): objective and KR quality with rule ids, outcome or output, measurability, rewrites, the 1-5 connection to the company OKRs, important outcomes the draft does not measure, and each target's ambition against last quarter (sandbag, modest, ambitious, unrealistic).")
        {
            file,
            workspace,
            format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(workspace), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string file, string? workspace, string format)
    {
        if (!File.Exists(file))
        {
            context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(file)} does not exist.");
            return ExitCodes.BadInput;
        }

        var folder = workspace ?? Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(file)))!;
        if (!File.Exists(Path.Join(folder, "workspace.yaml")))
        {
            context.Error.MarkupLine($"[red]error:[/] no workspace.yaml in {Markup.Escape(folder)}: pass the draft's workspace with --workspace PATH.");
            return ExitCodes.BadInput;
        }

        if (DraftWorkspace.TryLoad(context, file, folder) is not { } loaded)
        {
            return ExitCodes.BadInput;
        }

        if (WorkspaceGate.ResolveCycle(context, loaded.Workspace, loaded.Cycle) is null)
        {
            return ExitCodes.BadInput;
        }

        var critique = DraftCritic.Run(loaded.Workspace, KnowledgeBase.BuiltIn, loaded.Unit, loaded.Cycle);
        if (format == "json")
        {
            context.WriteRaw(Json.Serialize(ReviewDraftJson.From(critique, loaded.ReplacedReferences)));
        }
        else
        {
            ReviewDraftText.Render(context.Out, critique, loaded.ReplacedReferences);
        }

        return ExitCodes.Ok;
    }
}

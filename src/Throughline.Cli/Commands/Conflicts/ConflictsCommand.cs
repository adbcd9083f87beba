using System.CommandLine;
using Throughline.Cli.Output;
using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;
using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Llm.Conflicts;

namespace Throughline.Cli.Commands.Conflicts;

/// <summary>
/// <c>throughline conflicts PATH</c>: cross-team conflicts — metric tensions, one metric defined two ways, over-asked
/// units, incompatible dates, late provider plans, unagreed or unreflected dependencies, unaccepted contributions,
/// company KRs nobody owns — and the top three issues to resolve before the quarter starts (CF rules).
/// </summary>
internal static class ConflictsCommand
{
    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var format = CommonOptions.Format("text", "json", "markdown");
        var cycle = CommonOptions.Cycle();
        var failOn = CommonOptions.FailOn("never", "a conflict");
        var minSeverity = new Option<string>("--min-severity")
        {
            Description = "List only conflicts at or above this severity: info (everything, including tensions read from levers) | warning | error. The top 3 are warnings either way.",
            DefaultValueFactory = _ => "info",
        };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");
        var llm = new Option<bool>("--llm")
        {
            Description = "Also ask an OpenAI-compatible LLM (THROUGHLINE_LLM_ENDPOINT, THROUGHLINE_LLM_MODEL, THROUGHLINE_LLM_API_KEY, or a JSON file named by THROUGHLINE_LLM_CONFIG) for metric tensions the rules cannot read from words, one request per place where teams meet. Its proposals are reviewed (both KRs real, of two units that meet, not already reported, with a mechanism) and reported at info level as CF011, naming the model. Without configuration, or when the endpoint fails, only the rules' findings are reported, and it says so.",
        };
        var llmPlaces = new Option<int>("--llm-places")
        {
            Description = "With --llm: the most places where teams meet to ask about (one request each).",
            DefaultValueFactory = _ => LlmTensionJudge.DefaultMaxPlaces,
        };
        llmPlaces.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--llm-places must be at least 1.");
            }
        });
        var command = new Command("conflicts", "Cross-team conflicts: KRs of two units that trade off (knowledge-base tensions, opposite directions, and at info level levers that trade off), one metric measured two ways, units asked for more engineer-weeks than they have or for incompatible dates, provider plans that land late, dependencies not agreed or not reflected in the provider's plans, unaccepted contributions, company KRs nobody owns (with a suggested owner), and the top 3 issues to resolve before the quarter starts, each with the units and the conversation they need (docs/rules.md, CF rules).")
        {
            path,
            format,
            cycle,
            failOn,
            minSeverity,
            llm,
            llmPlaces,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(format)!, parse.GetValue(cycle), parse.GetValue(failOn)!, parse.GetValue(minSeverity)!, parse.GetValue(llm) ? parse.GetValue(llmPlaces) : null));
        return command;
    }

    private static int Run(CliContext context, string path, string format, string? cycle, string failOn, string minSeverity, int? llmPlaces)
    {
        if (!WorkspaceGate.TryLoad(context, path, cycle, out var workspace, out var cycleId, out var exitCode))
        {
            return exitCode;
        }

        var shown = minSeverity switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            _ => Severity.Info,
        };
        var analysed = AlignmentContext.Create(workspace, KnowledgeBase.BuiltIn, cycleId);
        var full = ConflictAnalysis.Run(analysed);
        if (llmPlaces is { } places)
        {
            full = ConflictsWithLlm.Run(context, analysed, full, places);
        }

        var report = full with { Conflicts = [.. full.Conflicts.Where(c => c.Severity >= shown)] };
        switch (format)
        {
            case "json":
                context.WriteRaw(Json.Serialize(ConflictsJson.From(report)));
                break;
            case "markdown":
                context.WriteRaw(ConflictsMarkdown.Render(workspace, report));
                break;
            default:
                ConflictsText.Render(context.Out, workspace, report);
                break;
        }

        var threshold = CommonOptions.FailOnSeverity(failOn);
        return threshold is { } t && full.Conflicts.Any(c => c.Severity >= t) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

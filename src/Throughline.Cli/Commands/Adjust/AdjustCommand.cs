using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Model;
using Throughline.Workspace.Writing;

namespace Throughline.Cli.Commands.Adjust;

/// <summary>
/// <c>throughline adjust PATH KR --target V --why "…"</c>: formally changes a KR's target: patches the OKR file,
/// keeps a snapshot of the previous KR and appends the decision to decisions.yaml.
/// </summary>
internal static class AdjustCommand
{
    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var kr = new Argument<string>("KR") { Description = "The key result, e.g. collaboration/O1-KR1." };
        var target = new Option<string>("--target") { Description = "The new target, in the KR's unit.", Required = true };
        var why = new Option<string>("--why") { Description = "Why the target changes (goes into the decision log).", Required = true };
        var who = new Option<string?>("--who") { Description = "Who decided." };
        var date = new Option<string?>("--date") { Description = "Date of the decision, YYYY-MM-DD (default: today)." };
        var command = new Command("adjust", "Formally change a key result's target: the OKR file gets the new target (and its text, when it states the old one), snapshots/ keeps the KR as it was, and decisions.yaml gets an entry with previous_target and new_target. Files are written atomically.")
        {
            path, kr, target, why, who, date,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(kr)!, parse.GetValue(target)!, parse.GetValue(why)!, parse.GetValue(who), parse.GetValue(date)));
        return command;
    }

    private static int Run(CliContext context, string path, string krText, string targetText, string why, string? who, string? dateText)
    {
        if (!double.TryParse(targetText, NumberStyles.Float, CultureInfo.InvariantCulture, out var target))
        {
            return Fail(context, $"--target '{targetText}' is not a number: write it like 30 or 2600000 (no units).");
        }

        var date = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return Fail(context, $"--date '{dateText}' is not a date: use YYYY-MM-DD.");
        }

        if (string.IsNullOrWhiteSpace(why))
        {
            return Fail(context, "--why is empty: say why the target changes; the decision log is the record.");
        }

        if (!WorkspaceGate.TryLoad(context, path, out var workspace, out var exitCode))
        {
            return exitCode;
        }

        var keyResult = OkrRef.TryParse(krText, out var reference) && reference.IsKeyResult && reference.Scope is not null
            ? workspace.ObjectivesIn().SelectMany(o => o.KeyResults).FirstOrDefault(k => k.Ref == reference)
            : null;
        if (keyResult is null)
        {
            return Fail(context, $"'{krText}' is not a key result of {workspace.CurrentCycle}: use a full reference such as growth/O1-KR1.");
        }

        if (TargetAdjustment.Plan(path, keyResult, target, why, who, date) is not { } plan)
        {
            return Fail(context, $"{keyResult.Ref}: its OKR file could not be located for editing; change the target by hand and add the decision to decisions.yaml.");
        }

        WorkspaceWriter.Write(plan.Files, path);
        context.Out.MarkupLine($"Changed the {Markup.Escape(keyResult.Ref.ToString())} target from {Markup.Escape(keyResult.EffectiveTarget?.ToString(CultureInfo.InvariantCulture) ?? "none")} to {Markup.Escape(targetText)}; logged in decisions.yaml.");
        foreach (var note in plan.Notes)
        {
            context.Out.MarkupLine($"  {Markup.Escape(note)}");
        }

        return ExitCodes.Ok;
    }

    private static int Fail(CliContext context, string message)
    {
        context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        return ExitCodes.BadInput;
    }
}

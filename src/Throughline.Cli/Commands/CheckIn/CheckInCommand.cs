using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Model;
using Throughline.Workspace.Writing;

namespace Throughline.Cli.Commands.CheckIn;

/// <summary>
/// <c>throughline checkin PATH KR --value V --confidence 0|1|2 --note "…"</c>: appends a weekly check-in to the
/// workspace's <c>checkins.csv</c> atomically (a crash mid-write leaves the previous file intact).
/// </summary>
internal static class CheckInCommand
{
    /// <summary>Test hook: milliseconds to wait after the new file is written and before it replaces the old one.</summary>
    public const string PauseVariable = "THROUGHLINE_CHECKIN_PAUSE_MS";

    public static Command Create(CliContext context)
    {
        var path = CommonOptions.WorkspacePath();
        var kr = new Argument<string>("KR") { Description = "The key result, e.g. growth/O1-KR1." };
        var value = new Option<string?>("--value") { Description = "This week's value of the KR's metric, in the KR's unit (omit to report confidence only)." };
        var confidence = new Option<int>("--confidence") { Description = "Confidence: 0 off track, 1 at risk, 2 on track.", Required = true };
        confidence.AcceptOnlyFromAmong("0", "1", "2");
        var note = new Option<string?>("--note") { Description = "The evidence behind the value and confidence." };
        var risks = new Option<string?>("--risks") { Description = "Risks and blockers." };
        var author = new Option<string?>("--author") { Description = "Who checks in (default: the KR's owner)." };
        var date = new Option<string?>("--date") { Description = "Date of the check-in, YYYY-MM-DD (default: today)." };
        var command = new Command("checkin", "Append a weekly check-in (value, confidence 0/1/2, evidence) to checkins.csv. The file is rewritten through a temporary file and an atomic move, so an interrupted write leaves the previous file intact.")
        {
            path, kr, value, confidence, note, risks, author, date,
        };
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(kr)!, parse.GetValue(value), parse.GetValue(confidence),
            parse.GetValue(note), parse.GetValue(risks), parse.GetValue(author), parse.GetValue(date)));
        return command;
    }

    private static int Run(CliContext context, string path, string krText, string? valueText, int confidence, string? note, string? risks, string? author, string? dateText)
    {
        double? value = null;
        if (valueText is not null)
        {
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return Fail(context, $"--value '{valueText}' is not a number: write it like 12.5 (a dot for decimals, no units).");
            }

            value = parsed;
        }

        var date = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return Fail(context, $"--date '{dateText}' is not a date: use YYYY-MM-DD.");
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
            return Fail(context, $"'{krText}' is not a key result of {workspace.CurrentCycle}: use a full reference such as growth/O1-KR1 (see 'throughline show {path}').");
        }

        var cycle = workspace.FindCycle(workspace.CurrentCycle);
        if (cycle is not null && !cycle.Contains(date))
        {
            context.Error.MarkupLine($"[yellow]warning:[/] {date:yyyy-MM-dd} is outside {Markup.Escape(cycle.Id)} ({cycle.Start:yyyy-MM-dd}..{cycle.End:yyyy-MM-dd}); the check-in is written but analyses of the cycle ignore it.");
        }

        var checkIn = new Core.Model.CheckIn
        {
            KeyResult = keyResult.Ref,
            Date = date,
            Value = value,
            Confidence = (Confidence)confidence,
            Note = note,
            Risks = risks,
            Author = author ?? keyResult.Owner,
        };
        var pause = int.TryParse(Environment.GetEnvironmentVariable(PauseVariable), CultureInfo.InvariantCulture, out var ms) ? ms : 0;
        var file = CheckInAppender.Append(path, checkIn, pause > 0 ? _ => Thread.Sleep(pause) : null);
        context.Out.MarkupLine($"Checked in {Markup.Escape(keyResult.Ref.ToString())} on {date:yyyy-MM-dd}: value {Markup.Escape(valueText ?? "(none)")}, confidence {confidence}. Appended to {Markup.Escape(file)}.");
        return ExitCodes.Ok;
    }

    private static int Fail(CliContext context, string message)
    {
        context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        return ExitCodes.BadInput;
    }
}

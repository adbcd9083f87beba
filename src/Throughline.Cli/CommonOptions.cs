using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Throughline.Core.Diagnostics;

namespace Throughline.Cli;

/// <summary>Options and arguments several commands share, so they are spelled and described the same way.</summary>
internal static class CommonOptions
{
    public static Argument<string> WorkspacePath() => new("PATH")
    {
        Description = "The workspace folder (the one holding workspace.yaml), e.g. examples/acme.",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(" | ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> Cycle() => new("--cycle")
    {
        Description = "The cycle to look at, e.g. 2026-Q4 (default: the workspace's current_cycle).",
    };

    /// <summary>
    /// <c>--fail-on error|warning|never</c>: the severity at which a command exits with code 1. Commands that only
    /// analyse (align, conflicts, roadmap) default to <c>never</c>; checks default to <c>error</c>.
    /// </summary>
    public static Option<string> FailOn(string defaultValue = "error", string what = "a finding")
    {
        var option = new Option<string>("--fail-on")
        {
            Description = $"Exit with code 1 when {what} at or above this severity exists: error | warning | never.",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong("error", "warning", "never");
        return option;
    }

    /// <summary>The severity a <see cref="FailOn"/> value names; null for <c>never</c>.</summary>
    public static Severity? FailOnSeverity(string failOn) => failOn switch
    {
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        _ => null,
    };

    /// <summary>
    /// Reads an optional YYYY-MM-DD option value; on a bad value says so on standard error and returns false.
    /// </summary>
    public static bool TryParseDate(CliContext context, string option, string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            context.Error.MarkupLine($"[red]error:[/] {option} '{Markup.Escape(text)}' is not a date: use YYYY-MM-DD, e.g. 2026-11-20.");
            return false;
        }

        date = parsed;
        return true;
    }
}

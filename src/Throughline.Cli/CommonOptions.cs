using System.CommandLine;

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
}

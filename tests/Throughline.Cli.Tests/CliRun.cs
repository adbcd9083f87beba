using Spectre.Console.Testing;

namespace Throughline.Cli.Tests;

/// <summary>Runs the <c>throughline</c> command in process against test consoles and a fixed clock.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static readonly DateTimeOffset Today = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static CliRun Of(params string[] args)
    {
        var stdout = new TestConsole().Width(200);
        var stderr = new TestConsole().Width(200);
        var code = CliApp.Run(args, new CliContext(stdout, stderr, new FixedTime(Today)));
        return new CliRun(code, stdout.Output.ReplaceLineEndings("\n"), stderr.Output.ReplaceLineEndings("\n"));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}

using Spectre.Console;

namespace Throughline.Cli;

/// <summary>What every command action gets: the output and error consoles and the clock.</summary>
/// <param name="Out">Standard output: the command's data and reports.</param>
/// <param name="Error">Standard error: diagnostics, progress and problems.</param>
/// <param name="Time">The clock; tests pass a fixed one.</param>
internal sealed record CliContext(IAnsiConsole Out, IAnsiConsole Error, TimeProvider Time)
{
    /// <summary>Writes raw text to standard output, bypassing markup and line wrapping (for JSON and YAML).</summary>
    public void WriteRaw(string text) => Out.Profile.Out.Writer.Write(text);
}

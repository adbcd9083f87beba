using Spectre.Console;
using Throughline.Cli;

var output = AnsiConsole.Console;
var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

// Piped output is read by programs and grep: never wrap its lines.
const int Unwrapped = 4096;
if (Console.IsOutputRedirected)
{
    output.Profile.Width = Unwrapped;
}

if (Console.IsErrorRedirected)
{
    error.Profile.Width = Unwrapped;
}

return CliApp.Run(args, new CliContext(output, error, TimeProvider.System));

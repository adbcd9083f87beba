using Spectre.Console;
using Throughline.Cli;

var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
return CliApp.Run(args, new CliContext(AnsiConsole.Console, error, TimeProvider.System));

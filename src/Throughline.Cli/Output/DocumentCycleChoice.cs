using Spectre.Console;
using Throughline.Core.Model;
using Throughline.Workspace.Import;

namespace Throughline.Cli.Output;

/// <summary>The cycle a free-text OKR document is read into when no <c>--cycle</c> is given (import and check).</summary>
internal static class DocumentCycleChoice
{
    /// <summary>The cycle the document's title or headings name ("# Q1 2027 OKRs"), said on standard error; else the quarter of <paramref name="today"/>.</summary>
    public static Cycle Of(CliContext context, string file, string text, DateOnly today)
    {
        if (DocumentCycle.Find(text) is { } named)
        {
            context.Error.MarkupLine($"{Markup.Escape(file)}:{named.Line}: info: cycle {Markup.Escape(named.Cycle.Id)}, read from \"{Markup.Escape(named.Words)}\" ({named.Cycle.Start:yyyy-MM-dd} to {named.Cycle.End:yyyy-MM-dd}; --cycle chooses another)");
            return named.Cycle;
        }

        return CycleCalendar.QuarterOf(today);
    }
}

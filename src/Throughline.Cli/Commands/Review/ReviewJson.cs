using Throughline.Cli.Commands.Align;
using Throughline.Cli.Commands.Check;
using Throughline.Cli.Commands.Conflicts;
using Throughline.Cli.Commands.Progress;
using Throughline.Cli.Commands.Roadmap;
using Throughline.Core.Model;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review;

/// <summary>
/// The json shape of <c>throughline review --format json</c> (documented in docs/cli.md): the summary, the top actions
/// and every finding, then each analysis's rows in the same shape as its own command's json (<c>check</c>, <c>align</c>,
/// <c>conflicts</c>, <c>progress</c>, <c>roadmap</c>), so one run gives a dashboard everything.
/// </summary>
internal static class ReviewJson
{
    public sealed record Report(
        string Organisation,
        string Cycle,
        string AsOf,
        PortfolioHealth Health,
        IReadOnlyList<PortfolioAction> Actions,
        IReadOnlyList<Finding> Findings,
        CheckJson Quality,
        AlignJson Alignment,
        ConflictsJson Conflicts,
        ProgressJson.Report Progress,
        RoadmapJson Roadmap);

    public sealed record Finding(string Area, string RuleId, string Severity, string Target, IReadOnlyList<string> Units, string Message, string Evidence, string Fix);

    public static Report From(OkrWorkspace workspace, PortfolioReport report) => new(
        report.Organisation,
        report.Cycle.Id,
        report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        report.Health,
        report.Actions,
        [.. report.Findings.Select(f => new Finding(f.Area, f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.Target, f.Units, f.Message, f.Evidence, f.Fix))],
        CheckJson.From(workspace, report.Quality),
        AlignJson.From(report.Alignment),
        ConflictsJson.From(report.Conflicts),
        ProgressJson.From(report.Progress),
        RoadmapJson.From(workspace, report.Roadmap));
}

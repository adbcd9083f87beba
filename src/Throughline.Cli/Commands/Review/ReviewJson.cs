using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review;

/// <summary>The json shape of <c>throughline review --format json</c> (documented in docs/cli.md).</summary>
internal static class ReviewJson
{
    public sealed record Report(string Organisation, string Cycle, string AsOf, PortfolioHealth Health, IReadOnlyList<PortfolioAction> Actions, IReadOnlyList<Finding> Findings);

    public sealed record Finding(string Area, string RuleId, string Severity, string Target, IReadOnlyList<string> Units, string Message, string Evidence, string Fix);

    public static Report From(PortfolioReport report) => new(
        report.Organisation,
        report.Cycle.Id,
        report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        report.Health,
        report.Actions,
        [.. report.Findings.Select(f => new Finding(f.Area, f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.Target, f.Units, f.Message, f.Evidence, f.Fix))]);
}

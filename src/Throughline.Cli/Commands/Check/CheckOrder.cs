using Throughline.Core.Quality.Review;

namespace Throughline.Cli.Commands.Check;

/// <summary>The "worst first" order every check format shares: units by their worst objective, objectives by score.</summary>
internal static class CheckOrder
{
    public static IEnumerable<IGrouping<string, ObjectiveReview>> Units(QualityReport report) =>
        report.Objectives
            .OrderBy(o => o.Score.Value)
            .ThenBy(o => o.Objective.Ref.ToString(), StringComparer.Ordinal)
            .GroupBy(o => o.Objective.Owner ?? o.Objective.Ref.Scope ?? string.Empty)
            .OrderBy(g => g.Min(o => o.Score.Value))
            .ThenBy(g => g.Key, StringComparer.Ordinal);
}

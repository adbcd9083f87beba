using Throughline.Core.Alignment;
using Throughline.Core.Cascade;
using Throughline.Core.Conflicts;
using Throughline.Core.Model;
using Throughline.Core.Progress;
using Throughline.Core.Quality.Review;
using Throughline.Core.Roadmap;

namespace Throughline.Core.Portfolio;

/// <summary>The whole cascade-health review of one cycle: every analysis run once, the health numbers, the top actions and every finding.</summary>
/// <param name="Organisation">The organisation's name.</param>
/// <param name="Cycle">The cycle reviewed.</param>
/// <param name="AsOf">The review date (check-ins after it are ignored).</param>
/// <param name="Quality">The quality review.</param>
/// <param name="Cascade">The explicit cascade tree.</param>
/// <param name="Alignment">Line of sight, coverage of company OKRs and org-design findings.</param>
/// <param name="Conflicts">Cross-team conflicts and the top issues to talk about.</param>
/// <param name="Progress">Progress, forecasts, recovery math and honesty checks as of <paramref name="AsOf"/>.</param>
/// <param name="Roadmap">The roadmap audit with the 30% cut.</param>
/// <param name="Health">The portfolio in a few numbers.</param>
/// <param name="Actions">The top actions, most important first.</param>
/// <param name="Findings">Every finding of every analysis, errors first.</param>
public sealed record PortfolioReport(
    string Organisation,
    Cycle Cycle,
    DateOnly AsOf,
    QualityReport Quality,
    CascadeTree Cascade,
    AlignmentReport Alignment,
    ConflictReport Conflicts,
    ProgressReport Progress,
    RoadmapReport Roadmap,
    PortfolioHealth Health,
    IReadOnlyList<PortfolioAction> Actions,
    IReadOnlyList<PortfolioFinding> Findings)
{
    /// <summary>The findings concerning <paramref name="unit"/> (all of them when null).</summary>
    public IReadOnlyList<PortfolioFinding> FindingsFor(string? unit) =>
        unit is null ? Findings : [.. Findings.Where(f => f.Units.Contains(unit, StringComparer.Ordinal))];

    /// <summary>The top actions for <paramref name="unit"/>, ranked over its findings only (the portfolio's when null).</summary>
    public IReadOnlyList<PortfolioAction> ActionsFor(string? unit) =>
        unit is null ? Actions : ActionRanker.Rank(FindingsFor(unit), PortfolioReview.RuleTitle);
}

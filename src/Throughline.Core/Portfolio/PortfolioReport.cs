using Throughline.Core.Cascade;
using Throughline.Core.Model;
using Throughline.Core.Quality.Review;

namespace Throughline.Core.Portfolio;

/// <summary>The whole cascade-health review of one cycle: every analysis run once, the health numbers, the top actions and every finding.</summary>
/// <param name="Organisation">The organisation's name.</param>
/// <param name="Cycle">The cycle reviewed.</param>
/// <param name="AsOf">The review date (check-ins after it are ignored).</param>
/// <param name="Quality">The quality review.</param>
/// <param name="Cascade">The explicit cascade tree.</param>
/// <param name="Health">The portfolio in a few numbers.</param>
/// <param name="Actions">The top actions, most important first.</param>
/// <param name="Findings">Every finding of every analysis, errors first.</param>
public sealed record PortfolioReport(
    string Organisation,
    Cycle Cycle,
    DateOnly AsOf,
    QualityReport Quality,
    CascadeTree Cascade,
    PortfolioHealth Health,
    IReadOnlyList<PortfolioAction> Actions,
    IReadOnlyList<PortfolioFinding> Findings);

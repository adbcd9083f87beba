using Throughline.Core.Cascade;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Classification;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Portfolio;

/// <summary>Runs every analysis once over one loaded workspace and composes the portfolio review.</summary>
public static class PortfolioReview
{
    /// <summary>Reviews <paramref name="cycle"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="workspace">The loaded workspace.</param>
    /// <param name="knowledge">The metric knowledge base.</param>
    /// <param name="cycle">The cycle to review.</param>
    /// <param name="asOf">The review date; null means the cycle's latest check-in (or its start), so the same workspace always gives the same review.</param>
    /// <param name="progress">Called with the name of each analysis as it starts (for a progress display).</param>
    public static PortfolioReport Run(OkrWorkspace workspace, KnowledgeBase knowledge, Cycle cycle, DateOnly? asOf = null, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(cycle);
        var date = asOf ?? DefaultAsOf(workspace, cycle);
        progress?.Invoke("quality");
        var quality = QualityReview.Run(workspace, knowledge, cycle.Id);
        progress?.Invoke("cascade");
        var cascade = CascadeTree.Build(workspace, cycle.Id);
        var findings = quality.Findings.Select(FromQuality)
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Area, StringComparer.Ordinal)
            .ThenBy(f => f.Target, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var titles = QualityRules.Catalogue.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        var actions = ActionRanker.Rank(findings, id => titles.GetValueOrDefault(id));
        return new PortfolioReport(workspace.Organisation, cycle, date, quality, cascade, Health(workspace, quality), actions, findings);
    }

    /// <summary>The cycle's latest check-in date, or its start when there is none.</summary>
    public static DateOnly DefaultAsOf(OkrWorkspace workspace, Cycle cycle)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(cycle);
        var dates = workspace.CheckIns.Where(c => c.Date >= cycle.Start && c.Date <= cycle.End).Select(c => c.Date).ToList();
        return dates.Count == 0 ? cycle.Start : dates.Max();
    }

    private static PortfolioHealth Health(OkrWorkspace workspace, QualityReport quality)
    {
        var krs = quality.KeyResults.ToList();
        var companyKrs = quality.Objectives.Where(o => o.Objective.Level == ObjectiveLevel.Company).Sum(o => o.KeyResults.Count);
        double? Share(Func<KeyResultReview, double> value) => krs.Count == 0 ? null : krs.Sum(value) / krs.Count;
        var initiatives = workspace.Initiatives;
        double? linked = initiatives.Count == 0 ? null : (double)initiatives.Count(i => i.Impacts.Count > 0) / initiatives.Count;
        return new PortfolioHealth(
            krs.Count,
            Share(k => k.Classification.Kind switch { KrKind.Outcome => 1, KrKind.Mixed => 0.5, _ => 0 }),
            Share(k => k.KeyResult.Baseline is null ? 0 : 1),
            companyKrs,
            CompanyKeyResultsCovered: null,
            ConflictsOpen: null,
            linked,
            OnTrackShare: null,
            Share(k => k.Score.Value));
    }

    private static PortfolioFinding FromQuality(Finding finding) => new(
        "quality",
        finding.RuleId,
        finding.Severity,
        finding.Target.ToString(),
        finding.Target.Scope is { } unit ? [unit] : [],
        finding.Message,
        finding.Evidence,
        finding.Fix);
}

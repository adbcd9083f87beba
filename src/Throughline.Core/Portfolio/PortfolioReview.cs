using Throughline.Core.Alignment;
using Throughline.Core.Cascade;
using Throughline.Core.Conflicts;
using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Progress;
using Throughline.Core.Quality.Classification;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rules;
using Throughline.Core.Roadmap;

namespace Throughline.Core.Portfolio;

/// <summary>Runs every analysis once over one loaded workspace and composes the portfolio review.</summary>
public static class PortfolioReview
{
    /// <summary>The share of roadmap effort the review's cut removes.</summary>
    public const double CutShare = 0.3;

    private static readonly Lazy<Dictionary<string, string>> Titles = new(() =>
        QualityRules.Catalogue.Concat(AlignmentRules.All).Concat(ConflictRules.All).Select(r => (r.Id, r.Title))
            .Concat(RoadmapRules.All.Select(r => (r.Id, r.Title)))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal));

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
        var date = asOf ?? ProgressReview.DefaultAsOf(workspace, cycle);
        // The analyses read the workspace only: alignment and conflicts on one thread, progress and the roadmap on
        // another, the quality review (itself parallel) on this one. The results do not depend on timing.
        progress?.Invoke("quality, alignment, conflicts, progress and roadmap");
        var alignmentTask = Task.Run(() =>
        {
            var context = AlignmentContext.Create(workspace, knowledge, cycle.Id);
            return (AlignmentAnalysis.Run(context), ConflictAnalysis.Run(context));
        });
        var progressTask = Task.Run(() => (ProgressReview.Run(workspace, knowledge, cycle.Id, date), RoadmapAudit.Run(workspace, knowledge, cycle.Id, CutShare)));
        var quality = QualityReview.Run(workspace, knowledge, cycle.Id);
        var cascade = CascadeTree.Build(workspace, cycle.Id);
        var (alignment, conflicts) = alignmentTask.GetAwaiter().GetResult();
        var (progressReport, roadmap) = progressTask.GetAwaiter().GetResult();
        progress?.Invoke("ranking the actions");

        var findings = PortfolioFindings.From(quality, alignment, conflicts, progressReport, roadmap)
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Area, StringComparer.Ordinal)
            .ThenBy(f => f.Target, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var actions = ActionRanker.Rank(findings, RuleTitle);
        var health = Health(quality, alignment, conflicts, progressReport, roadmap);
        return new PortfolioReport(workspace.Organisation, cycle, date, quality, cascade, alignment, conflicts, progressReport, roadmap, health, actions, findings);
    }

    /// <summary>The title of a quality, alignment, conflict or roadmap rule, for action titles; null for others.</summary>
    internal static string? RuleTitle(string ruleId) => Titles.Value.GetValueOrDefault(ruleId);

    private static PortfolioHealth Health(QualityReport quality, AlignmentReport alignment, ConflictReport conflicts, ProgressReport progress, RoadmapReport roadmap)
    {
        var krs = quality.KeyResults.ToList();
        var companyKrs = quality.Objectives.Where(o => o.Objective.Level == ObjectiveLevel.Company).SelectMany(o => o.KeyResults).Select(k => k.KeyResult.Ref).ToHashSet();
        double? Share(Func<KeyResultReview, double> value) => krs.Count == 0 ? null : krs.Sum(value) / krs.Count;
        var covered = alignment.Coverage.Count(c => companyKrs.Contains(c.Target) && c.Verdict == CoverageVerdict.Covered);
        var forecast = progress.KeyResults.Where(k => k.Status != ProgressStatus.Unknown).ToList();
        double? onTrack = forecast.Count == 0 ? null : (double)forecast.Count(k => k.Status is ProgressStatus.Achieved or ProgressStatus.OnTrack) / forecast.Count;
        return new PortfolioHealth(
            krs.Count,
            Share(k => k.Classification.Kind switch { KrKind.Outcome => 1, KrKind.Mixed => 0.5, _ => 0 }),
            Share(k => k.KeyResult.Baseline is null ? 0 : 1),
            companyKrs.Count,
            companyKrs.Count == 0 ? null : covered,
            conflicts.Conflicts.Count(c => c.Severity >= Severity.Warning),
            roadmap.Initiatives.Count == 0 ? null : roadmap.LinkedEffortShare,
            onTrack,
            Share(k => k.Score.Value));
    }
}

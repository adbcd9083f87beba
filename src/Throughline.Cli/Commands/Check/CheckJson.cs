using System.Globalization;
using Throughline.Core.Alignment;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rewrites;

namespace Throughline.Cli.Commands.Check;

/// <summary>The document <c>throughline check --format json</c> writes (schema in docs/cli.md).</summary>
internal sealed record CheckJson(string Organisation, string Cycle, CheckSummaryJson Summary, IReadOnlyList<ObjectiveJson> Objectives)
{
    public static CheckJson From(OkrWorkspace workspace, QualityReport report) =>
        new(workspace.Organisation, report.Cycle, CheckSummaryJson.From(report), [.. report.Objectives.Select(ObjectiveJson.From)]);
}

/// <summary>Counts and mean scores of a check run.</summary>
internal sealed record CheckSummaryJson(int Objectives, int KeyResults, int Errors, int Warnings, int Infos, double MeanKeyResultScore, double MeanObjectiveScore, int Outcomes, int Outputs, int Mixed)
{
    public static CheckSummaryJson From(QualityReport report)
    {
        var krs = report.KeyResults.ToList();
        return new(
            report.Objectives.Count,
            krs.Count,
            report.Findings.Count(f => f.Severity == Severity.Error),
            report.Findings.Count(f => f.Severity == Severity.Warning),
            report.Findings.Count(f => f.Severity == Severity.Info),
            krs.Count == 0 ? 0 : Math.Round(krs.Average(k => k.Score.Value), 1),
            report.Objectives.Count == 0 ? 0 : Math.Round(report.Objectives.Average(o => o.Score.Value), 1),
            krs.Count(k => k.Classification.Kind == Core.Quality.Classification.KrKind.Outcome),
            krs.Count(k => k.Classification.Kind == Core.Quality.Classification.KrKind.Output),
            krs.Count(k => k.Classification.Kind == Core.Quality.Classification.KrKind.Mixed));
    }
}

/// <summary>One objective: its score, connection strength to what it supports, findings and key results.</summary>
internal sealed record ObjectiveJson(
    string Id,
    string Title,
    string? Unit,
    IReadOnlyList<string> Contributors,
    int Score,
    IReadOnlyList<ScoreFactor> ScoreFactors,
    int? ConnectionStrength,
    IReadOnlyList<ConnectionJson> Connections,
    string? ConnectionNote,
    IReadOnlyList<FindingJson> Findings,
    IReadOnlyList<KeyResultJson> KeyResults)
{
    public static ObjectiveJson From(ObjectiveReview review) => new(
        review.Objective.Ref.ToString(),
        review.Objective.Title,
        review.Objective.Owner ?? review.Objective.Ref.Scope,
        [.. review.Objective.Contributors.Select(c => c.Unit)],
        review.Score.Value,
        review.Score.Factors,
        review.ConnectionStrength,
        [.. review.Connections.Select(ConnectionJson.From)],
        review.ConnectionNote,
        [.. review.Findings.Select(FindingJson.From)],
        [.. review.KeyResults.Select(KeyResultJson.From)]);
}

/// <summary>The 1-5 connection strength to one supported objective or key result.</summary>
internal sealed record ConnectionJson(string TargetId, int Strength, string Reason)
{
    public static ConnectionJson From(ConnectionStrength c) => new(c.Parent.ToString(), c.Strength, c.Reason);
}

/// <summary>One key result: what was read from it, its score and factors, findings and proposed rewrite.</summary>
internal sealed record KeyResultJson(
    string Id,
    string Text,
    string Kind,
    IReadOnlyList<string> KindReasons,
    string? Metric,
    string? MetricId,
    string? Direction,
    double? Baseline,
    double? Target,
    string? Deadline,
    string? Owner,
    int Score,
    IReadOnlyList<ScoreFactor> ScoreFactors,
    IReadOnlyList<FindingJson> Findings,
    RewriteJson? Rewrite)
{
    public static KeyResultJson From(KeyResultReview review)
    {
        var kr = review.KeyResult;
        return new(
            kr.Ref.ToString(),
            kr.Text,
            review.Classification.Kind.ToString().ToLowerInvariant(),
            review.Classification.Reasons,
            review.Metric?.Name ?? kr.Metric,
            review.Metric?.Id,
            kr.Direction?.ToString().ToLowerInvariant(),
            kr.Baseline,
            kr.EffectiveTarget,
            kr.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            kr.Owner,
            review.Score.Value,
            review.Score.Factors,
            [.. review.Findings.Select(FindingJson.From)],
            review.Rewrite is null ? null : RewriteJson.From(review.Rewrite));
    }
}

/// <summary>A proposed outcome rewrite of a key result.</summary>
internal sealed record RewriteJson(string Text, string Metric, string Direction, double? Baseline, double? Target, string? Deadline, string? BaselineNeeded, string Basis)
{
    public static RewriteJson From(KeyResultRewrite r) => new(
        r.Text,
        r.Metric,
        r.Direction.ToString().ToLowerInvariant(),
        r.Baseline,
        r.Target,
        r.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.BaselineNeeded,
        r.Basis);
}

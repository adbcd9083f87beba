using Throughline.Cli.Commands.Check;
using Throughline.Core.Diagnostics;
using Throughline.Core.Drafting;
using Throughline.Core.Quality.Review;

namespace Throughline.Cli.Commands.Draft;

/// <summary>The <c>throughline draft --format json</c> document (docs/cli.md).</summary>
internal sealed record DraftJson(
    string Unit,
    string Cycle,
    string File,
    string Engine,
    string EngineNote,
    IReadOnlyList<string> Notes,
    IReadOnlyList<DraftJson.ObjectiveJson> Objectives,
    IReadOnlyList<NoLineOfSightJson> NoLineOfSight,
    IReadOnlyList<DependencyJson> Dependencies,
    DraftJson.SummaryJson Review)
{
    public static DraftJson From(DraftReport report)
    {
        var reviewed = report.Review.Objectives.ToDictionary(o => o.Objective.Ref);
        var keyResults = report.Review.KeyResults.ToDictionary(k => k.KeyResult.Ref);
        var findings = report.Review.Findings;
        return new DraftJson(
            report.Draft.Unit.Id,
            report.Draft.Cycle,
            report.File,
            report.Engine,
            report.EngineNote,
            report.Draft.Notes,
            [.. report.Draft.Objectives.Select(o => ObjectiveJson.From(o, reviewed.GetValueOrDefault(o.Objective.Ref), keyResults))],
            [.. report.Draft.NoLineOfSight.Select(g => new NoLineOfSightJson(g.CompanyObjective.ToString(), g.Title, g.Evidence, g.Implication))],
            [.. report.Draft.Dependencies.Select(DependencyJson.From)],
            new SummaryJson(findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning), findings.Count(f => f.Severity == Severity.Info)));
    }

    internal sealed record ObjectiveJson(string Ref, string Title, string? Why, string? CompanyObjective, int? Score, IReadOnlyList<ConnectionJson> Connections, IReadOnlyList<FindingJson> Findings, IReadOnlyList<KeyResultJson> KeyResults)
    {
        public static ObjectiveJson From(DraftedObjective o, ObjectiveReview? review, IReadOnlyDictionary<Core.Model.OkrRef, KeyResultReview> keyResults) => new(
            o.Objective.Ref.ToString(),
            o.Objective.Title,
            o.Objective.Why,
            o.CompanyObjective?.ToString(),
            review?.Score.Value,
            [.. (review?.Connections ?? []).Select(c => new ConnectionJson(c.Parent.ToString(), c.Strength, c.Reason))],
            [.. (review?.Findings ?? []).Select(FindingJson.From)],
            [.. o.KeyResults.Select(k => KeyResultJson.From(k, keyResults.GetValueOrDefault(k.KeyResult.Ref)))]);
    }

    internal sealed record KeyResultJson(
        string Ref, string Text, string? Metric, string? Direction, double? Baseline, double? Target, string? Change, string? Supports, string Relation,
        string LineOfSight, string Lever, string Kind, IReadOnlyList<string> KindReasons, bool Measurable, string Measurability, string Calibration,
        int? Score, IReadOnlyList<FindingJson> Findings, IReadOnlyList<DependencyJson> Dependencies)
    {
        public static KeyResultJson From(DraftedKeyResult k, KeyResultReview? review) => new(
            k.KeyResult.Ref.ToString(), k.KeyResult.Text, k.KeyResult.Metric, k.KeyResult.Direction?.ToString().ToLowerInvariant(), k.KeyResult.Baseline, k.KeyResult.Target,
            k.KeyResult.Change?.ToString(), k.Supports?.ToString(), System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(k.Relation.ToString()), k.LineOfSight, k.Lever, k.Kind.ToString().ToLowerInvariant(),
            k.KindReasons, k.Measurable, k.Measurability, k.Calibration, review?.Score.Value, [.. (review?.Findings ?? []).Select(FindingJson.From)], [.. k.Dependencies.Select(DependencyJson.From)]);
    }

    internal sealed record ConnectionJson(string Parent, int Strength, string Reason);

    internal sealed record SummaryJson(int Errors, int Warnings, int Infos);
}

using Throughline.Cli.Commands.Check;
using Throughline.Core.Diagnostics;
using Throughline.Core.Drafting;

namespace Throughline.Cli.Commands.ReviewDraft;

/// <summary>The <c>throughline review-draft --format json</c> document (docs/cli.md).</summary>
internal sealed record ReviewDraftJson(
    string Unit,
    string Cycle,
    IReadOnlyList<ReviewDraftJson.ObjectiveJson> Objectives,
    IReadOnlyList<ReviewDraftJson.UnmeasuredJson> NotMeasured,
    IReadOnlyList<ReviewDraftJson.AmbitionJson> Ambition,
    int Errors,
    int Warnings,
    int ReferencesToReplacedKeyResults)
{
    public static ReviewDraftJson From(DraftCritique critique, int replaced) => new(
        critique.Unit,
        critique.Cycle,
        [.. critique.Review.Objectives.Select(o => new ObjectiveJson(
            o.Objective.Ref.ToString(),
            o.Objective.Title,
            o.Score.Value,
            [.. o.Connections.Select(c => new ConnectionJson(c.Parent.ToString(), c.Strength, c.Reason))],
            o.ConnectionNote,
            [.. o.Findings.Select(FindingJson.From)],
            [.. o.KeyResults.Select(k => new KeyResultJson(k.KeyResult.Ref.ToString(), k.KeyResult.Text, k.Classification.Kind.ToString().ToLowerInvariant(), k.Score.Value, [.. k.Findings.Select(FindingJson.From)], k.Rewrite?.Text))]))],
        [.. critique.Unmeasured.Select(u => new UnmeasuredJson(u.Metric, u.LineOfSight, u.SuggestedKeyResult, u.Supports?.ToString()))],
        [.. critique.Ambition.Select(a => new AmbitionJson(a.KeyResult.ToString(), a.Verdict, a.Evidence))],
        critique.Review.Findings.Count(f => f.Severity == Severity.Error),
        critique.Review.Findings.Count(f => f.Severity == Severity.Warning),
        replaced);

    internal sealed record ObjectiveJson(string Ref, string Title, int Score, IReadOnlyList<ConnectionJson> Connections, string? ConnectionNote, IReadOnlyList<FindingJson> Findings, IReadOnlyList<KeyResultJson> KeyResults);

    internal sealed record ConnectionJson(string Parent, int Strength, string Reason);

    internal sealed record KeyResultJson(string Ref, string Text, string Kind, int Score, IReadOnlyList<FindingJson> Findings, string? Rewrite);

    internal sealed record UnmeasuredJson(string Metric, string LineOfSight, string SuggestedKeyResult, string? Supports);

    internal sealed record AmbitionJson(string KeyResult, string Verdict, string Evidence);
}

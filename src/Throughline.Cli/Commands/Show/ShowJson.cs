using Throughline.Core.Cascade;
using Throughline.Core.Model;
using Throughline.Workspace.Loading;

namespace Throughline.Cli.Commands.Show;

/// <summary>The JSON shape of <c>throughline show --format json</c>, documented in docs/cli.md. Keep it stable.</summary>
internal sealed record ShowJson(
    string Organisation,
    CycleJson? Cycle,
    string? Mission,
    IReadOnlyList<ObjectiveNodeJson> Cascade,
    IReadOnlyList<ObjectiveNodeJson> Unlinked,
    IReadOnlyList<ObjectiveNodeJson> HealthGoals)
{
    public static ShowJson From(OkrWorkspace workspace, CascadeTree tree)
    {
        var cycle = workspace.FindCycle(tree.Cycle);
        return new ShowJson(
            workspace.Organisation,
            cycle is null ? null : new CycleJson(cycle.Id, cycle.Start, cycle.End),
            workspace.Strategy.Mission,
            [.. tree.Roots.Select(ObjectiveNodeJson.From)],
            [.. tree.Unlinked.Select(o => ObjectiveNodeJson.From(new CascadeNode(o, [], [])))],
            [.. tree.HealthGoals.Select(o => ObjectiveNodeJson.From(new CascadeNode(o, [], [])))]);
    }
}

internal sealed record CycleJson(string Id, DateOnly Start, DateOnly End);

internal sealed record ObjectiveNodeJson(
    string Ref,
    string Title,
    string? Why,
    ObjectiveLevel Level,
    ObjectiveType Type,
    string? Owner,
    IReadOnlyList<ContributorJson> Contributors,
    string? Pillar,
    bool Health,
    IReadOnlyList<LinkJson> Supports,
    IReadOnlyList<KeyResultJson> KeyResults,
    IReadOnlyList<ObjectiveNodeJson> Children)
{
    public static ObjectiveNodeJson From(CascadeNode node)
    {
        var o = node.Objective;
        return new ObjectiveNodeJson(
            o.Ref.ToString(),
            o.Title,
            o.Why,
            o.Level,
            o.Type,
            o.Owner,
            [.. o.Contributors.Select(c => new ContributorJson(c.Unit, c.Statement))],
            o.Pillar,
            o.NeedNotLadderUp,
            [.. o.Supports.Select(s => new LinkJson(s.Target.ToString(), s.Contribution, s.Accepted))],
            [.. o.KeyResults.Select(KeyResultJson.From)],
            [.. node.Children.Select(From)]);
    }
}

internal sealed record ContributorJson(string Unit, string? Contribution);

internal sealed record LinkJson(string Ref, string? Contribution, bool? Accepted);

internal sealed record KeyResultJson(
    string Ref,
    string Text,
    string? Metric,
    string Unit,
    string? Currency,
    MetricDirection? Direction,
    TargetBound? Bound,
    double? Baseline,
    double? Target,
    string? Change,
    double? Stretch,
    DateOnly? Deadline,
    string? Owner,
    bool Rat,
    string? PassThreshold)
{
    public static KeyResultJson From(KeyResult k) =>
        new(k.Ref.ToString(), k.Text, k.Metric, YamlNames.Name(k.MeasureUnit), k.Currency, k.Direction, k.Bound, k.Baseline, k.Target, k.Target is null ? k.Change?.ToString() : null, k.Stretch, k.Deadline, k.Owner, k.IsRat, k.PassThreshold);
}

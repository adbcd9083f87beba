using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Drafting;

/// <summary>
/// Finds the contributions of other units a drafted key result relies on that nobody has agreed: a catalogue metric
/// another unit owns (not one of the unit's own teams), an unagreed ask in dependencies.yaml, and a committed initiative that depends on another unit's
/// initiative with no agreed dependency behind it.
/// </summary>
internal static class DependencyFinder
{
    /// <summary>Flags for a drafted KR measuring <paramref name="metric"/>.</summary>
    public static IEnumerable<DependencyFlag> ForKeyResult(RuleContext context, OrgUnit unit, OkrRef keyResult, KnownMetric metric)
    {
        var workspace = context.Workspace;
        var owner = workspace.Metrics.FirstOrDefault(m => m.Id == metric.Id)?.OwnerUnit;
        if (owner is not null && owner != unit.Id && workspace.FindUnit(owner)?.Parent != unit.Id)
        {
            yield return new DependencyFlag(keyResult, owner, $"{metric.Name} is owned by {owner}: agree with {owner} how {unit.Id}'s contribution is counted before committing to this KR", $"metrics.yaml owner of {metric.Id}");
        }

        foreach (var dependency in UnagreedAsks(context, unit).Where(d => MetricOfAsk(context, d) == metric.Id))
        {
            yield return new DependencyFlag(keyResult, dependency.On, $"needs \"{dependency.Need}\" from {dependency.On}, not agreed yet", $"dependencies.yaml {dependency.Id}");
        }

        foreach (var (initiative, upstream) in Prerequisites(context, unit).Where(p => MovesMetric(context, p.Initiative, metric.Id)))
        {
            yield return new DependencyFlag(keyResult, upstream.Unit, $"{initiative.Id} \"{initiative.Title}\" needs {upstream.Id} \"{upstream.Title}\" from {upstream.Unit} first, and no agreed dependency records it", $"roadmap.yaml {initiative.Id} depends_on {upstream.Id}");
        }
    }

    /// <summary>Flags that concern the unit's work but no drafted metric in particular.</summary>
    public static IEnumerable<DependencyFlag> ForUnit(RuleContext context, OrgUnit unit, IReadOnlySet<string> draftedMetrics)
    {
        foreach (var dependency in UnagreedAsks(context, unit).Where(d => MetricOfAsk(context, d) is not { } id || !draftedMetrics.Contains(id)))
        {
            yield return new DependencyFlag(null, dependency.On, $"needs \"{dependency.Need}\" from {dependency.On}, not agreed yet", $"dependencies.yaml {dependency.Id}");
        }

        foreach (var (initiative, upstream) in Prerequisites(context, unit).Where(p => !draftedMetrics.Any(m => MovesMetric(context, p.Initiative, m))))
        {
            yield return new DependencyFlag(null, upstream.Unit, $"{initiative.Id} \"{initiative.Title}\" needs {upstream.Id} \"{upstream.Title}\" from {upstream.Unit} first, and no agreed dependency records it", $"roadmap.yaml {initiative.Id} depends_on {upstream.Id}");
        }
    }

    private static IEnumerable<Dependency> UnagreedAsks(RuleContext context, OrgUnit unit) =>
        context.Workspace.Dependencies.Where(d => d.From == unit.Id && !d.Agreed && (d.KeyResult is null || context.FindObjective(d.KeyResult) is not null)).OrderBy(d => d.Id, StringComparer.Ordinal);

    private static IEnumerable<(Initiative Initiative, Initiative Upstream)> Prerequisites(RuleContext context, OrgUnit unit)
    {
        var workspace = context.Workspace;
        var cycle = context.Cycle?.Id ?? workspace.CurrentCycle;
        var byId = workspace.Initiatives.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var initiative in workspace.Initiatives.Where(i => i.Unit == unit.Id && (i.Cycle ?? workspace.CurrentCycle) == cycle && i.Status is not (InitiativeStatus.Shipped or InitiativeStatus.Cancelled)))
        {
            foreach (var id in initiative.DependsOn)
            {
                if (byId.TryGetValue(id, out var upstream) && upstream.Unit != unit.Id && upstream.Status is not (InitiativeStatus.Shipped or InitiativeStatus.Cancelled) &&
                    !workspace.Dependencies.Any(d => d.From == unit.Id && d.On == upstream.Unit && d.Agreed))
                {
                    yield return (initiative, upstream);
                }
            }
        }
    }

    private static string? MetricOfAsk(RuleContext context, Dependency dependency) =>
        dependency.KeyResult is { } reference && FindKeyResult(context, reference) is { } kr ? context.MetricOf(kr)?.Metric.Id : null;

    private static bool MovesMetric(RuleContext context, Initiative initiative, string metricId) =>
        initiative.Impacts.Any(i => FindKeyResult(context, i.KeyResult) is { } kr && context.MetricOf(kr)?.Metric.Id == metricId);

    private static KeyResult? FindKeyResult(RuleContext context, OkrRef reference) =>
        context.FindObjective(reference)?.KeyResults.FirstOrDefault(k => k.Ref == reference);
}

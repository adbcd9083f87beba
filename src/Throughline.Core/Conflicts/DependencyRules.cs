using System.Globalization;
using Throughline.Core.Alignment;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Conflicts;

/// <summary>
/// The dependency conflicts: CF003 over-asked unit, CF004 incompatible dates, CF005 provider plan lands late, CF006
/// unagreed dependency, CF007 dependency the provider's plans do not reflect.
/// </summary>
internal static class DependencyRules
{
    public static IEnumerable<Conflict> Find(AlignmentContext context)
    {
        var dependencies = context.Workspace.Dependencies
            .Where(d => d.KeyResult is null || context.FindKeyResult(d.KeyResult) is not null)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var plans = new ProviderPlans(context);
        foreach (var provider in dependencies.GroupBy(d => d.On, StringComparer.Ordinal))
        {
            if (context.FindUnit(provider.Key)?.CapacityForAsks is not { } capacity)
            {
                continue;
            }

            if (OverAsked(provider.Key, capacity, [.. provider]) is { } over)
            {
                yield return over;
            }

            if (context.Cycle is { } cycle && IncompatibleDates(provider.Key, capacity, cycle, [.. provider]) is { } dates)
            {
                yield return dates;
            }
        }

        foreach (var dependency in dependencies)
        {
            var initiatives = plans.InitiativesFor(dependency);
            var keyResults = plans.KeyResultsFor(dependency);
            if (!dependency.Agreed)
            {
                yield return Unagreed(context, dependency, initiatives);
            }
            else if (initiatives.Count == 0 && keyResults.Count == 0)
            {
                yield return Unreflected(plans, dependency);
            }
            else if (dependency.NeededBy is { } needed && initiatives.Count > 0
                && initiatives.All(i => i.Status != InitiativeStatus.Shipped && i.ExpectedCompletion is { } e && e > needed))
            {
                yield return Late(dependency, needed, initiatives);
            }
        }
    }

    private static Conflict? OverAsked(string provider, double capacity, IReadOnlyList<Dependency> asks)
    {
        var total = asks.Sum(d => d.EngineerWeeks ?? 0);
        if (total <= capacity)
        {
            return null;
        }

        var agreed = asks.Where(d => d.Agreed).Sum(d => d.EngineerWeeks ?? 0);
        var askers = asks.Select(d => d.From).Distinct(StringComparer.Ordinal).ToList();
        return new Conflict(
            "CF003", ConflictType.OverAsked, Severity.Warning, provider, null, [provider, .. askers],
            $"{Num(total)} engineer-weeks are asked of {provider} against {Num(capacity)} available for asks ({Num(total / capacity)}x): some of these asks will not happen, and nobody has said which.",
            $"{string.Join("; ", asks.Select(d => $"{d.Id} {d.From} {Num(d.EngineerWeeks ?? 0)} ew{(d.Agreed ? "" : " (not agreed)")}"))}. Agreed asks alone: {Num(agreed)} ew.",
            $"{provider} and {string.Join(", ", askers)} rank the asks by the importance of the KRs they serve and cut or defer {Num(total - capacity)} ew before the quarter starts.",
            asks[0].Origin,
            2.5 + (total - capacity) / 4);
    }

    private static Conflict? IncompatibleDates(string provider, double capacity, Cycle cycle, IReadOnlyList<Dependency> asks)
    {
        var dated = asks.Where(d => d.NeededBy is not null && d.EngineerWeeks is > 0).OrderBy(d => d.NeededBy).ToList();
        var weeks = cycle.Days / 7.0;
        for (var i = 0; i < dated.Count; i++)
        {
            var date = dated[i].NeededBy!.Value;
            var due = dated.Where(d => d.NeededBy <= date).ToList();
            var askers = due.Select(d => d.From).Distinct(StringComparer.Ordinal).ToList();
            var needed = due.Sum(d => d.EngineerWeeks!.Value);
            var available = capacity * Math.Max(0, date.DayNumber - cycle.Start.DayNumber) / 7.0 / weeks;
            if (askers.Count >= 2 && needed > available * 1.5 && due.Count(d => d.NeededBy == date) >= 1)
            {
                var byDate = due.Where(d => d.NeededBy == date).ToList();
                var main = byDate.Count >= 2 ? byDate : due;
                return new Conflict(
                    "CF004", ConflictType.IncompatibleDates, Severity.Warning, string.Join("+", main.Select(d => d.Id)), provider, [provider, .. askers],
                    $"{string.Join(" and ", askers)} need {Num(needed)} engineer-weeks from {provider} by {date:yyyy-MM-dd}; at {Num(capacity)} ew per {Num(weeks)} weeks it can give about {Num(available)} by then: both dates cannot be met.",
                    string.Join("; ", due.Select(d => $"{d.Id} {d.From} {Num(d.EngineerWeeks!.Value)} ew by {d.NeededBy:yyyy-MM-dd}")),
                    $"{provider} sequences the asks explicitly with {string.Join(" and ", askers)}: which comes first, and the new date of the other.",
                    main[0].Origin,
                    2.5 + needed / Math.Max(available, 0.5) / 4);
            }
        }

        return null;
    }

    private static Conflict Unagreed(AlignmentContext context, Dependency dependency, IReadOnlyList<Initiative> initiatives)
    {
        var declined = context.Workspace.Decisions
            .Where(d => dependency.KeyResult is { } kr && d.Affects.Contains(kr))
            .Select(d => $"decision {d.Date:yyyy-MM-dd}: {d.What}")
            .ToList();
        var plan = initiatives.Count == 0 ? $"Nothing on the {dependency.On} roadmap covers it." : $"{dependency.On} plans: {string.Join(", ", initiatives.Select(i => i.Id))}.";
        return new Conflict(
            "CF006", ConflictType.UnagreedDependency, Severity.Warning, dependency.Id, dependency.KeyResult?.ToString(), [dependency.From, dependency.On],
            $"{dependency.KeyResult?.ToString() ?? dependency.From} needs work from {dependency.On} that {dependency.On} has not agreed to: the KR is blocked unless that changes.",
            $"{dependency.Id}: \"{dependency.Need}\" ({Num(dependency.EngineerWeeks ?? 0)} ew, needed by {dependency.NeededBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"}), agreed: false. {plan}" +
                (declined.Count > 0 ? " " + string.Join("; ", declined) + "." : string.Empty),
            $"{dependency.From} escalates to whoever owns both priorities, or re-scopes {dependency.KeyResult?.ToString() ?? "the KR"} so it does not need the work.",
            dependency.Origin,
            3 + (declined.Count > 0 ? 0.5 : 0));
    }

    private static Conflict Unreflected(ProviderPlans plans, Dependency dependency) => new(
        "CF007", ConflictType.UnreflectedDependency, Severity.Warning, dependency.Id, dependency.KeyResult?.ToString(), [dependency.From, dependency.On],
        $"{dependency.From} counts on {dependency.On} for \"{dependency.Need}\", and {dependency.On} agreed, but none of its OKRs or initiatives reflect the work: it is the first thing to slip.",
        $"{dependency.Id}: agreed, {Num(dependency.EngineerWeeks ?? 0)} ew, needed by {dependency.NeededBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"}; {dependency.On} initiatives: {string.Join(", ", plans.InitiativesOf(dependency.On).Select(i => i.Id).DefaultIfEmpty("none"))}; none moves {dependency.KeyResult?.ToString() ?? "the KR"} or names the work.",
        $"{dependency.On} adds an initiative for it (with a date), or {dependency.From} treats {dependency.KeyResult?.ToString() ?? "its KR"} as at risk.",
        dependency.Origin,
        2.8);

    private static Conflict Late(Dependency dependency, DateOnly needed, IReadOnlyList<Initiative> initiatives)
    {
        var planned = initiatives.All(i => i.Status == InitiativeStatus.Planned);
        return new Conflict(
            "CF005", ConflictType.LatePlan, planned ? Severity.Warning : Severity.Info, dependency.Id, dependency.KeyResult?.ToString(), [dependency.From, dependency.On],
            $"{dependency.From} needs it by {needed:yyyy-MM-dd}, but {dependency.On}'s plan lands later: {dependency.KeyResult?.ToString() ?? "the dependent KR"} is at risk.",
            $"{dependency.Id}: \"{dependency.Need}\" needed by {needed:yyyy-MM-dd}; " + string.Join("; ", initiatives.Select(i => $"{i.Id} {i.Title} ({Status(i.Status)}, expected {i.ExpectedCompletion:yyyy-MM-dd})")),
            $"{dependency.On} and {dependency.From} agree a date that works, or {dependency.From} moves the date of {dependency.KeyResult?.ToString() ?? "its KR"}.",
            dependency.Origin,
            planned ? 2.6 : 1);
    }

    private static string Status(InitiativeStatus status) => status == InitiativeStatus.InProgress ? "in progress" : status.ToString().ToLowerInvariant();

    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

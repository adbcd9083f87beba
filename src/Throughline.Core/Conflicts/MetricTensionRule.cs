using Throughline.Core.Alignment;
using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Conflicts;

/// <summary>
/// CF001: two units' KRs that trade off — a knowledge-base tension pair (by metric id or family) with each side pushed
/// in its good direction, or opposite directions on one metric. Only units that meet are compared: units supporting the
/// same company objective (when at most <see cref="MaxSupportBlockUnits"/> units do: a goal dozens of units support is not
/// where two teams meet), or teams under the smallest unit above them that holds other teams (<see cref="MeetingPlaces"/>). Pairs are only formed inside a block, so the work grows with
/// the size of the blocks, never with every pair of KRs in the organisation.
/// </summary>
internal static class MetricTensionRule
{
    public const int MaxSupportBlockUnits = 12;

    public static IEnumerable<Conflict> Find(AlignmentContext context)
    {
        var tensions = context.Knowledge.Tensions;
        var entries = context.Teams
            .SelectMany(o => o.KeyResults.Select(k => new Entry(AlignmentContext.UnitOf(o), o, k, context.MetricOf(k))))
            .Where(e => e.Metric is not null && Pushes(e) is not null)
            .ToList();
        var places = new MeetingPlaces(context);
        var blocks = MeetingPlaces.Group(entries, entry => places.Of(entry.Unit, entry.Objective));

        foreach (var broad in blocks.Where(b => b.Key.StartsWith("support", StringComparison.Ordinal) && b.Value.Select(e => e.Unit).Distinct(StringComparer.Ordinal).Count() > MaxSupportBlockUnits).Select(b => b.Key).ToList())
        {
            blocks.Remove(broad);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Conflict>();
        foreach (var (block, members) in blocks.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            for (var t = 0; t < tensions.Count; t++)
            {
                var tension = tensions[t];
                var sideA = members.Where(e => Matches(e.Metric!, tension.A)).ToList();
                if (sideA.Count == 0)
                {
                    continue;
                }

                var sideB = members.Where(e => Matches(e.Metric!, tension.B)).ToList();
                foreach (var a in sideA)
                {
                    foreach (var b in sideB.Where(b => b.Unit != a.Unit && b.Metric!.CanonicalId != a.Metric!.CanonicalId))
                    {
                        if (seen.Add($"{t}|{a.Unit}|{b.Unit}"))
                        {
                            found.Add(Tension(context, tension, a, b, sideA.Where(x => x.Unit == a.Unit), block));
                        }
                    }
                }
            }

            foreach (var group in members.GroupBy(e => e.Metric!.CanonicalId, StringComparer.Ordinal))
            {
                var up = group.Where(e => Pushes(e) == MetricDirection.Increase).ToList();
                var down = group.Where(e => Pushes(e) == MetricDirection.Decrease).ToList();
                foreach (var a in up)
                {
                    foreach (var b in down.Where(b => b.Unit != a.Unit))
                    {
                        if (seen.Add($"opposite|{a.KeyResult.Ref}|{b.KeyResult.Ref}"))
                        {
                            found.Add(Opposite(a, b));
                        }
                    }
                }
            }
        }

        return found;
    }

    private static Conflict Tension(AlignmentContext context, MetricTension tension, Entry a, Entry b, IEnumerable<Entry> sameSide, string block)
    {
        var aKrs = sameSide.Select(e => e.KeyResult.Ref).Distinct().ToList();
        var decisions = context.Workspace.Decisions
            .Where(d => context.Cycle is null || context.Cycle.Contains(d.Date))
            .Where(d => d.Affects.Any(r => aKrs.Contains(r) || r.ObjectiveRef == a.Objective.Ref) && !d.Affects.Any(r => r.Scope == b.Unit))
            .Select(d => $"decision {d.Date:yyyy-MM-dd} \"{d.What}\" lists only {a.Unit} KRs: {b.Unit} was not consulted")
            .ToList();
        var work = context.Workspace.Initiatives
            .Where(i => i.Unit == a.Unit && (i.Cycle is null || i.Cycle == context.CycleId) && i.Impacts.Any(m => aKrs.Contains(m.KeyResult)))
            .ToList();
        var moved = work.SelectMany(i => i.Impacts.Select(m => m.KeyResult)).Where(r => r.Scope == a.Unit).Distinct().ToList();
        var workText = work.Count == 0 ? string.Empty
            : $" The work behind it: {string.Join(", ", work.Select(i => $"{i.Id} {i.Title}"))} (moving {string.Join(", ", moved)}).";
        var evidence = $"{string.Join(", ", aKrs)} ({a.Unit}) push {a.Metric!.Name} {Word(Pushes(a))}; {b.KeyResult.Ref} ({b.Unit}) pushes {b.Metric!.Name} {Word(Pushes(b))}" +
            $" \"{b.KeyResult.Text}\". They meet in {block}.{workText}" + (decisions.Count > 0 ? " " + string.Join("; ", decisions) + "." : string.Empty) + Movement(context, b);
        return new Conflict(
            "CF001", ConflictType.MetricTension, Severity.Warning, a.KeyResult.Ref.ToString(), b.KeyResult.Ref.ToString(), [a.Unit, b.Unit],
            $"{a.Unit} and {b.Unit} pull against each other: {tension.Rationale}.",
            evidence,
            $"{a.Unit} and {b.Unit} agree a guardrail before the quarter: e.g. {a.Unit} keeps {b.Metric.Name} at or above its baseline as a maintain KR, or {a.Metric.Name} is counted only for cases that also meet {b.Metric.Name}; review the pair together weekly.",
            a.KeyResult.Origin,
            3 + aKrs.Count * 0.1 + decisions.Count);
    }

    private static string Movement(AlignmentContext context, Entry side)
    {
        if (context.Cycle is not { } cycle || side.Metric is null)
        {
            return string.Empty;
        }

        var series = context.Workspace.MetricHistory
            .Where(o => o.Metric == side.Metric.Id && cycle.Contains(o.Date))
            .OrderBy(o => o.Date)
            .ToList();
        if (series.Count < 2)
        {
            return string.Empty;
        }

        var wanted = Pushes(side) ?? MetricDirection.Increase;
        var worst = wanted == MetricDirection.Increase ? series.MinBy(o => o.Value)! : series.MaxBy(o => o.Value)!;
        var earlier = series.TakeWhile(o => o.Date < worst.Date).ToList();
        var before = wanted == MetricDirection.Increase ? earlier.MaxBy(o => o.Value) : earlier.MinBy(o => o.Value);
        return before is null || before.Value == worst.Value
            ? string.Empty
            : FormattableString.Invariant($" {side.Metric.Id} went {(worst.Value < before.Value ? "down" : "up")} from {before.Value:0.###} ({before.Date:yyyy-MM-dd}) to {worst.Value:0.###} ({worst.Date:yyyy-MM-dd}), against {side.Unit}'s KR.");
    }

    private static Conflict Opposite(Entry a, Entry b) => new(
        "CF001", ConflictType.MetricTension, Severity.Warning, a.KeyResult.Ref.ToString(), b.KeyResult.Ref.ToString(), [a.Unit, b.Unit],
        $"{a.Unit} wants {a.Metric!.Name} up while {b.Unit} wants it down: at least one of them will miss, whatever they do.",
        $"{a.KeyResult.Ref} \"{a.KeyResult.Text}\" vs {b.KeyResult.Ref} \"{b.KeyResult.Text}\".",
        $"{a.Unit} and {b.Unit} agree which direction the organisation wants for {a.Metric.Name}, and one of them changes its KR.",
        a.KeyResult.Origin,
        3.5);

    private static bool Matches(KnownMetric metric, string key) =>
        metric.CanonicalId == key || metric.Id == key
        || (!(metric.FromCatalogue && metric.Like is null) && string.Equals(metric.Family.ToString(), key, StringComparison.OrdinalIgnoreCase));

    private static MetricDirection? Pushes(Entry entry)
    {
        var direction = entry.KeyResult.DirectionOrByValues ?? entry.Metric?.GoodDirection;
        return direction == MetricDirection.Maintain ? null : direction;
    }

    private static string Word(MetricDirection? direction) => direction == MetricDirection.Decrease ? "down" : "up";

    private sealed record Entry(string Unit, Objective Objective, KeyResult KeyResult, KnownMetric? Metric);
}

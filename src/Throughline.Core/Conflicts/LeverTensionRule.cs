using Throughline.Core.Alignment;
using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Conflicts;

/// <summary>
/// CF001 on key results whose metric the knowledge base may not know: each team KR is read for the lever it pulls
/// ("Cut rider cost per order" is cutting cost, "Cut median delivery time" is going faster), and two units' KRs whose
/// levers trade off (<c>levers.json</c>) are a tension where the units meet. Units meet in the smallest part of the
/// organisation above them that holds at most <see cref="MaxBlockUnits"/> teams, when they support one company
/// objective, or when their measured phrases share a subject word ("delivery" in "next-day delivery" and "delivery cost").
/// Pairs are only formed inside those blocks. Read from words rather than from a known metric pair, these tensions are
/// reported at info level: worth a conversation, not yet a warning.
/// </summary>
internal static class LeverTensionRule
{
    /// <summary>A block wider than this many units is not where two teams meet.</summary>
    public const int MaxBlockUnits = MeetingPlaces.MaxUnits;

    private const string ObjectiveBlock = "support of ";

    private const string OrganisationBlock = "the organisation";

    public static IEnumerable<Conflict> Find(AlignmentContext context, ISet<string> alreadyReported)
    {
        var entries = context.Teams
            .SelectMany(o => o.KeyResults.Select(k => Read(context, o, k)))
            .OfType<Entry>()
            .ToList();
        var tensions = context.Knowledge.Levers.Tensions;
        var blocks = Blocks(context, entries);
        var meetings = new Dictionary<string, (LeverTension Tension, Entry A, Entry B, List<string> Blocks)>(StringComparer.Ordinal);
        var opposites = new Dictionary<string, Conflict>(StringComparer.Ordinal);
        foreach (var (block, members) in blocks.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var byLever = members.Where(e => e.Reading is not null).ToLookup(e => e.Reading!.Lever.Id, StringComparer.Ordinal);
            foreach (var tension in tensions)
            {
                if ((tension.Meet == TensionReach.Work && block.StartsWith(ObjectiveBlock, StringComparison.Ordinal))
                    || (tension.Meet != TensionReach.Organisation && block == OrganisationBlock))
                {
                    continue;
                }

                foreach (var a in byLever[tension.A])
                {
                    foreach (var b in byLever[tension.B].Where(b => b.Unit != a.Unit))
                    {
                        var key = PairKey(a.KeyResult.Ref.ToString(), b.KeyResult.Ref.ToString());
                        if (alreadyReported.Contains(key))
                        {
                            continue;
                        }

                        if (!meetings.TryGetValue(key, out var meeting))
                        {
                            meeting = (tension, a, b, []);
                            meetings[key] = meeting;
                        }

                        if (!meeting.Blocks.Contains(block))
                        {
                            meeting.Blocks.Add(block);
                        }
                    }
                }
            }

            foreach (var up in members.Where(e => e.Pushes == MetricDirection.Increase && block != OrganisationBlock))
            {
                foreach (var down in members.Where(e => e.Pushes == MetricDirection.Decrease && e.Unit != up.Unit))
                {
                    var key = PairKey(up.KeyResult.Ref.ToString(), down.KeyResult.Ref.ToString());
                    if (!alreadyReported.Contains(key) && !meetings.ContainsKey(key) && !opposites.ContainsKey(key) && SameThing(up, down) is { } shared)
                    {
                        opposites[key] = Opposite(up, down, shared, block);
                    }
                }
            }
        }

        var found = new List<Conflict>();
        foreach (var (tension, a, b, meetIn) in meetings.Values)
        {
            found.Add(Tension(tension, a, b, string.Join(", ", meetIn)));
        }

        found.AddRange(opposites.Values);
        return found;
    }

    /// <summary>The suggestion for a tension: a guardrail the pushing unit keeps for the other's key result.</summary>
    public static string Guardrail(string pushing, string suffering, string sufferingRef) =>
        $"{pushing} and {suffering} agree a guardrail before the quarter: e.g. {pushing} adds a maintain KR that keeps {sufferingRef}'s measure at or above its baseline, or {pushing} counts only results that do not cost {suffering} theirs; review the pair together weekly.";

    /// <summary>An order-free key for a pair of key results, shared with the knowledge-base tension rule.</summary>
    public static string PairKey(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a}~{b}" : $"{b}~{a}";

    private static Dictionary<string, List<Entry>> Blocks(AlignmentContext context, IReadOnlyList<Entry> entries)
    {
        var places = new MeetingPlaces(context);
        var blocks = MeetingPlaces.Group(entries, entry => BlockKeys(places, entry));

        foreach (var wide in blocks.Where(b => b.Value.Select(e => e.Unit).Distinct(StringComparer.Ordinal).Count() > MaxBlockUnits).Select(b => b.Key).ToList())
        {
            blocks.Remove(wide);
        }

        return blocks;
    }

    private static IEnumerable<string> BlockKeys(MeetingPlaces places, Entry entry)
    {
        if (places.SmallestAbove(entry.Unit) is { } unit)
        {
            yield return $"unit {unit}";
        }

        yield return OrganisationBlock;
        foreach (var link in entry.Objective.Supports)
        {
            yield return $"{ObjectiveBlock}{link.Target.ObjectiveRef}";
        }

        foreach (var word in entry.Subject)
        {
            yield return $"subject \"{word}\"";
        }
    }

    private static Conflict Tension(LeverTension tension, Entry a, Entry b, string block)
    {
        var (ra, rb) = (a.Reading!, b.Reading!);
        return new(
            "CF010", ConflictType.MetricTension, Severity.Info, a.KeyResult.Ref.ToString(), b.KeyResult.Ref.ToString(), [a.Unit, b.Unit],
            $"{a.Unit} and {b.Unit} pull against each other: {a.Unit} is {ra.Lever.Name} and {b.Unit} is {rb.Lever.Name}; {tension.Rationale}.",
            $"{a.KeyResult.Ref} \"{a.KeyResult.Text}\" ({ra.Lever.Name}: \"{ra.Cue}\") vs {b.KeyResult.Ref} \"{b.KeyResult.Text}\" ({rb.Lever.Name}: \"{rb.Cue}\"). They meet in {block}.",
            Guardrail(a.Unit, b.Unit, b.KeyResult.Ref.ToString()),
            a.KeyResult.Origin,
            2.5);
    }

    private static Entry? Read(AlignmentContext context, Objective objective, KeyResult keyResult)
    {
        var (reading, head) = context.Levers.ReadWithHead(keyResult);
        var pushes = LeverReader.DirectionOf(keyResult);
        var subject = reading?.Subject ?? [.. head.Where(h => !h.NamesLever).Select(h => h.Stem)];
        return reading is null && (pushes is not (MetricDirection.Increase or MetricDirection.Decrease) || head.Count < 2)
            ? null
            : new Entry(AlignmentContext.UnitOf(objective), objective, keyResult, reading, pushes, head, subject);
    }

    /// <summary>
    /// The words two key results pushed in opposite directions share when they measure the same thing: every
    /// meaningful word of the shorter head is in the longer one (at least two of them), and the longer one adds no word
    /// that names a lever ("live restaurants rated under 3.5" narrows "live restaurants"; "churned accounts" does not).
    /// </summary>
    private static IReadOnlyList<string>? SameThing(Entry a, Entry b)
    {
        var (small, large) = a.Head.Count <= b.Head.Count ? (a.Head, b.Head) : (b.Head, a.Head);
        var largeStems = large.Select(h => h.Stem).ToHashSet(StringComparer.Ordinal);
        var smallStems = small.Select(h => h.Stem).ToHashSet(StringComparer.Ordinal);
        return small.Count >= 2 && small.All(h => largeStems.Contains(h.Stem)) && !large.Any(h => h.NamesLever && !smallStems.Contains(h.Stem))
            ? [.. small.Select(h => h.Stem)]
            : null;
    }

    private static Conflict Opposite(Entry up, Entry down, IReadOnlyList<string> shared, string block) => new(
        "CF010", ConflictType.MetricTension, Severity.Info, up.KeyResult.Ref.ToString(), down.KeyResult.Ref.ToString(), [up.Unit, down.Unit],
        $"{up.Unit} wants \"{up.KeyResult.Metric ?? up.KeyResult.Text}\" up while {down.Unit} wants \"{down.KeyResult.Metric ?? down.KeyResult.Text}\" down: the same thing, pushed both ways.",
        $"{up.KeyResult.Ref} \"{up.KeyResult.Text}\" vs {down.KeyResult.Ref} \"{down.KeyResult.Text}\": both measure {string.Join(" ", shared)}. They meet in {block}.",
        $"{up.Unit} and {down.Unit} agree which direction the organisation wants, and count the other's result in their own (e.g. growth net of what the other removes).",
        up.KeyResult.Origin,
        3);

    private sealed record Entry(
        string Unit, Objective Objective, KeyResult KeyResult, LeverReading? Reading, MetricDirection? Pushes,
        IReadOnlyList<(string Stem, bool NamesLever)> Head, IReadOnlyList<string> Subject);
}

using Throughline.Core.Alignment;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Conflicts;

/// <summary>
/// CF011: metric tensions proposed by a judge outside the rules. <see cref="For"/> lists where teams meet (the whole
/// organisation when it has at most <see cref="MeetingPlaces.MaxUnits"/> teams; otherwise the smallest part of the
/// organisation above a team that holds others, and each company objective at most
/// <see cref="MetricTensionRule.MaxSupportBlockUnits"/> units support); <see cref="Review"/> keeps only proposals the
/// workspace bears out: both key results exist in that place, belong to two different units, are not already reported
/// by a rule, and come with a mechanism. What is kept is reported at info level and says who judged it.
/// </summary>
public static class TensionQuestions
{
    /// <summary>The longest mechanism kept, in characters; a longer one is cut at a word.</summary>
    public const int MaxMechanism = 300;

    private const string Organisation = "the organisation";

    /// <summary>The places where teams meet, each with the team key results in it, in a stable order.</summary>
    public static IReadOnlyList<TensionQuestion> For(AlignmentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sides = context.Teams
            .SelectMany(o => o.KeyResults.Select(k => (Objective: o, Side: new TensionSide(
                k.Ref.ToString(), AlignmentContext.UnitOf(o), o.Title, k.Text, [.. o.Supports.Select(s => s.Target.ToString())]))))
            .ToList();
        var unitCount = sides.Select(s => s.Side.Unit).Distinct(StringComparer.Ordinal).Count();
        if (unitCount <= MeetingPlaces.MaxUnits)
        {
            return unitCount < 2 ? [] : [new TensionQuestion(Organisation, [.. sides.Select(s => s.Side)])];
        }

        var places = new MeetingPlaces(context);
        var blocks = MeetingPlaces.Group(sides, s => places.Of(s.Side.Unit, s.Objective));
        var questions = new List<TensionQuestion>();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (place, entries) in blocks.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var members = entries.Select(e => e.Side).ToList();
            var units = members.Select(m => m.Unit).Distinct(StringComparer.Ordinal).Count();
            var limit = place.StartsWith("support", StringComparison.Ordinal) ? MetricTensionRule.MaxSupportBlockUnits : MeetingPlaces.MaxUnits;
            if (units >= 2 && units <= limit && asked.Add(string.Join("|", members.Select(m => m.Ref).Order(StringComparer.Ordinal))))
            {
                questions.Add(new TensionQuestion(place, members));
            }
        }

        return questions;
    }

    /// <summary>The pairs of key results <paramref name="report"/> already holds as metric tensions, order-free: what <see cref="Review"/> is given as reported.</summary>
    public static HashSet<string> ReportedPairs(ConflictReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Conflicts
            .Where(c => c.Type == ConflictType.MetricTension && c.B is not null)
            .Select(c => LeverTensionRule.PairKey(c.A, c.B!))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The proposals of <paramref name="judge"/> for <paramref name="question"/> that the workspace bears out, as CF011
    /// conflicts. <paramref name="reported"/> holds the pairs already reported (by the rules or an earlier question) and
    /// gains the kept ones; <paramref name="dropped"/> gains a line for each proposal set aside, saying why.
    /// </summary>
    public static IReadOnlyList<Conflict> Review(
        AlignmentContext context, TensionQuestion question, IEnumerable<JudgedTension> proposals, string judge, ISet<string> reported, ICollection<string> dropped)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(dropped);
        var byRef = question.KeyResults.GroupBy(s => s.Ref, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var kept = new List<Conflict>();
        foreach (var proposal in proposals)
        {
            var a = Find(byRef, proposal.A);
            var b = Find(byRef, proposal.B);
            var mechanism = Mechanism(proposal.Mechanism);
            var why = (a, b) switch
            {
                (null, _) => $"{proposal.A} is not a team key result in {question.Place}",
                (_, null) => $"{proposal.B} is not a team key result in {question.Place}",
                _ when a.Unit == b.Unit => $"{a.Ref} and {b.Ref} belong to one unit, {a.Unit}",
                _ when mechanism.Length == 0 => $"{a.Ref} and {b.Ref} came without a mechanism",
                _ when !reported.Add(LeverTensionRule.PairKey(a.Ref, b.Ref)) => null,
                _ => string.Empty,
            };
            if (why is null)
            {
                continue;
            }

            if (why.Length > 0)
            {
                dropped.Add($"{question.Place}: {why}");
                continue;
            }

            var keyResult = OkrRef.TryParse(a!.Ref, out var reference) ? context.FindKeyResult(reference) : null;
            kept.Add(new Conflict(
                "CF011", ConflictType.MetricTension, Severity.Info, a.Ref, b!.Ref, [a.Unit, b.Unit],
                $"{a.Unit} and {b.Unit} pull against each other, as judged by {judge}: {mechanism}",
                $"{a.Ref} \"{a.Text}\" vs {b.Ref} \"{b.Text}\". They meet in {question.Place}. Judged by an LLM, not read from the knowledge base: check the mechanism before acting on it.",
                LeverTensionRule.Guardrail(a.Unit, b.Unit, b.Ref),
                keyResult?.Origin,
                2));
        }

        return kept;
    }

    private static TensionSide? Find(Dictionary<string, TensionSide> byRef, string? reference)
    {
        var key = reference?.Trim() ?? string.Empty;
        return byRef.GetValueOrDefault(key) ?? byRef.Values.Where(s => s.Ref.EndsWith("/" + key, StringComparison.OrdinalIgnoreCase)).Take(2).ToList() switch
        {
            [var only] => only,
            _ => null,
        };
    }

    private static string Mechanism(string? text)
    {
        var mechanism = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (mechanism.Length <= MaxMechanism)
        {
            return mechanism;
        }

        var cut = mechanism.LastIndexOf(' ', MaxMechanism);
        return mechanism[..(cut > 0 ? cut : MaxMechanism)] + "…";
    }
}

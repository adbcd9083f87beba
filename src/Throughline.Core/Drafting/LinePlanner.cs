using Throughline.Core.Alignment;
using Throughline.Core.Model;

namespace Throughline.Core.Drafting;

/// <summary>
/// Decides which unit metric goes under which company objective. Each metric goes where its line of sight is
/// strongest (the same metric, then a driver, then a driver through one step, then the same family; ties to the
/// earlier company objective), so no metric is measured by two drafted objectives; an objective left without any
/// metric takes one from an objective that has three, when it connects at least as strongly there. Each objective keeps at most three, strongest first, with a
/// leading indicator when one is available; two objectives left with one metric each become one objective
/// that supports both company objectives; one with a single metric gets a leading driver of it as its second KR, or else one of the
/// unit's own metrics the knowledge base does not relate (said so in its line of sight), preferably a leading one.
/// </summary>
internal static class LinePlanner
{
    public sealed record Result(IReadOnlyList<ObjectivePlan> Objectives, IReadOnlyList<string> Notes);

    public static Result Plan(IReadOnlyList<Objective> companies, IReadOnlyList<LineOfSightLink> links, IReadOnlyList<Lever> levers, int maxObjectives, int maxKeyResults)
    {
        var order = companies.Select((c, i) => (c, i)).ToDictionary(p => p.c.Ref, p => p.i);
        var notes = new List<string>();
        var assigned = companies.ToDictionary(c => c.Ref, _ => new List<LineOfSightLink>());
        foreach (var best in links.Where(l => !l.IsPadding).GroupBy(l => l.Lever.Metric.Id, StringComparer.Ordinal).Select(g => g.OrderBy(l => Key(l, order)).First()))
        {
            assigned[best.Company!.Ref].Add(best);
        }

        foreach (var company in companies.Where(c => assigned[c.Ref].Count == 0))
        {
            var candidates = links.Where(l => l.Company == company && !l.IsPadding).OrderBy(l => Key(l, order)).ToList();
            var steal = candidates.FirstOrDefault(l => assigned.Values.Any(list => list.Count > 2 && list.Any(x => x.Lever.Metric.Id == l.Lever.Metric.Id && x.Strength <= l.Strength)));
            if (steal is not null)
            {
                foreach (var list in assigned.Values)
                {
                    list.RemoveAll(x => x.Lever.Metric.Id == steal.Lever.Metric.Id);
                }

                assigned[company.Ref].Add(steal);
            }
            else if (candidates.Count > 0)
            {
                notes.Add($"{company.Ref} is reached only through metrics already measured under other drafted objectives ({string.Join(", ", candidates.Select(c => c.Lever.Metric.Name).Distinct(StringComparer.Ordinal))}); no separate objective is proposed for it");
            }
        }

        var used = assigned.Values.SelectMany(l => l).Select(l => l.Lever.Metric.Id).ToHashSet(StringComparer.Ordinal);
        var spares = levers.Where(l => l.Rank < LeverFinder.PaddingRank && !links.Any(x => x.Lever.Metric.Id == l.Metric.Id)).ToList();
        var plans = new List<ObjectivePlan>();
        foreach (var company in companies.Where(c => assigned[c.Ref].Count > 0))
        {
            var ranked = assigned[company.Ref].OrderBy(l => Key(l, order)).ToList();
            var chosen = ranked.Take(maxKeyResults).ToList();
            if (!chosen.Any(IsLeading) && ranked.Skip(maxKeyResults).FirstOrDefault(IsLeading) is { } leading)
            {
                chosen[^1] = leading;
            }

            if (chosen.Count < 2 && links.Where(l => l.IsPadding && l.Company == company && !used.Contains(l.Lever.Metric.Id)).OrderBy(l => Key(l, order)).FirstOrDefault() is { } padding)
            {
                chosen.Add(padding);
                used.Add(padding.Lever.Metric.Id);
            }

            var spare = spares.Where(l => !used.Contains(l.Metric.Id)).OrderBy(l => l.Metric.Indicator == IndicatorKind.Leading ? 0 : 1).ThenBy(l => l.Rank).FirstOrDefault();
            if (spare is not null && (chosen.Count < 2 || (!chosen.Any(IsLeading) && spare.Metric.Indicator == IndicatorKind.Leading && chosen.Count < maxKeyResults)))
            {
                chosen.Add(new LineOfSightLink(company, null, null, spare, MetricRelation.None));
                used.Add(spare.Metric.Id);
            }

            var left = ranked.Except(chosen).Select(l => l.Lever.Metric.Name).ToList();
            if (left.Count > 0)
            {
                notes.Add($"also related to {company.Ref} but left out to keep {maxKeyResults} KRs: {string.Join(", ", left)}");
            }

            plans.Add(new ObjectivePlan(company, chosen));
        }

        // Two objectives of one KR each are one objective with two KRs that supports both company objectives.
        while (plans.Where(p => p.Links.Count == 1).Take(2).ToList() is [var first, var second] && maxKeyResults >= 2)
        {
            notes.Add($"{first.Company.Ref} and {second.Company.Ref} are each reached by one metric only: one objective supports both");
            var index = plans.IndexOf(first);
            plans.Remove(second);
            plans[index] = first with { Links = [.. first.Links, .. second.Links] };
        }

        if (plans.Count > maxObjectives)
        {
            var kept = plans.OrderByDescending(p => p.Links.Max(l => l.Strength)).ThenBy(p => order[p.Company.Ref]).Take(maxObjectives).ToHashSet();
            notes.AddRange(plans.Where(p => !kept.Contains(p)).Select(p => $"{p.Company.Ref} left out: the workspace allows {maxObjectives} objectives per unit and its line of sight is the weakest"));
            plans = [.. plans.Where(kept.Contains)];
        }

        return new Result(plans, notes);
    }

    private static bool IsLeading(LineOfSightLink link) => link.Lever.Metric.Indicator == IndicatorKind.Leading;

    private static (int, int, int, int, string) Key(LineOfSightLink link, Dictionary<OkrRef, int> order) =>
        (-link.Strength, link.Lever.Rank, order[link.Company!.Ref], link.CompanyKr is null ? int.MaxValue : link.Company!.KeyResults.ToList().IndexOf(link.CompanyKr), link.Lever.Metric.Id);
}

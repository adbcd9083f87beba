using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Drafting;

/// <summary>
/// The metrics a unit can move, from what the workspace says about it: its levers (<c>metrics:</c> in units.yaml),
/// its teams' levers when it lists none (a department), the metrics its key results measured in earlier cycles, the catalogue metrics it owns, and the metrics its area
/// text names — or, for a unit that states no metric, the metrics the surfaces in its area usually move. Built-in metrics are replaced by the catalogue metric like them, so they can be measured.
/// </summary>
internal static class LeverFinder
{
    /// <summary>The rank of a metric that is not the unit's own but drives one of its metrics: used only to give an objective a second KR.</summary>
    public const int PaddingRank = 4;

    private static readonly char[] ClauseBreaks = [',', ';', '–', '—', '/', '(', ')', ':'];

    public static IReadOnlyList<Lever> Find(RuleContext context, OrgUnit unit)
    {
        var knowledge = context.Knowledge;
        var found = new List<Lever>();
        foreach (var id in unit.Metrics)
        {
            if ((knowledge.Find(id) ?? knowledge.Match(id)?.Metric) is { } metric)
            {
                found.Add(new Lever(metric, $"a lever of {unit.Id} in units.yaml", 0));
            }
        }

        if (unit.Metrics.Count == 0)
        {
            // A department moves what its teams move.
            foreach (var child in context.Workspace.Units.Where(u => u.Parent == unit.Id))
            {
                foreach (var id in child.Metrics)
                {
                    if ((knowledge.Find(id) ?? knowledge.Match(id)?.Metric) is { } metric)
                    {
                        found.Add(new Lever(metric, $"a lever of {child.Id}, which reports to {unit.Id}", 2));
                    }
                }
            }
        }

        var start = context.Cycle?.Start;
        var earlier = context.Workspace.Objectives
            .Where(o => o.Owner == unit.Id && o.Cycle != context.Cycle?.Id && (start is null || context.Workspace.FindCycle(o.Cycle) is not { } c || c.Start < start))
            .OrderByDescending(o => context.Workspace.FindCycle(o.Cycle)?.Start ?? DateOnly.MinValue)
            .ThenBy(o => o.Order);
        foreach (var objective in earlier)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                if (context.MetricOf(keyResult) is { Metric.IsVanity: false } match)
                {
                    found.Add(new Lever(match.Metric, $"measured by {keyResult.Ref} in {objective.Cycle}", 1));
                }
            }
        }

        foreach (var definition in context.Workspace.Metrics.Where(m => m.OwnerUnit == unit.Id))
        {
            if (knowledge.Find(definition.Id) is { } metric)
            {
                found.Add(new Lever(metric, $"owned by {unit.Id} in metrics.yaml", 2));
            }
        }

        foreach (var clause in Clauses(unit.Area))
        {
            foreach (var match in knowledge.MatchAll(clause, 2).Where(m => m.Score >= 0.75 && m.How is not ("inflection" or "typo") && !m.Metric.IsVanity))
            {
                found.Add(new Lever(match.Metric, $"named by {unit.Id}'s area (\"{match.MatchedText}\")", 3));
            }
        }

        // Surfaces the area names are a guess: only used when the unit states no metric and measured none before.
        var stated = found.Count(l => l.Rank < 2);
        foreach (var (term, metrics) in stated > 0 ? [] : AreaTerms(unit.Area))
        {
            foreach (var id in metrics)
            {
                if (knowledge.Find(id) is { } metric)
                {
                    found.Add(new Lever(metric, $"{unit.Id}'s area names \"{term}\", which usually moves it", 3));
                }
            }
        }

        var own = found
            .Select(l => l with { Metric = Measurable(knowledge, l.Metric) })
            .Where(l => !l.Metric.IsVanity)
            .GroupBy(l => l.Metric.Id, StringComparer.Ordinal)
            .Select(g => g.MinBy(l => l.Rank)!)
            .OrderBy(l => l.Rank)
            .ToList();
        var ids = own.Select(l => l.Metric.Id).ToHashSet(StringComparer.Ordinal);
        var padding = own
            .SelectMany(l => knowledge.DriversOf(l.Metric.CanonicalId).Select(d => (Driver: Measurable(knowledge, d), Of: l.Metric)))
            .Where(p => p.Driver.FromCatalogue && !p.Driver.IsVanity && context.HistoryBeforeCycle(p.Driver.Id).Count > 0 && !ids.Contains(p.Driver.Id))
            .GroupBy(p => p.Driver.Id, StringComparer.Ordinal)
            .Select(g => new Lever(g.First().Driver, $"drives {g.First().Of.Name} in the knowledge base (a leading driver of {unit.Id}'s metric)", PaddingRank))
            .OrderBy(l => l.Metric.Id, StringComparer.Ordinal);
        return [.. own, .. padding];
    }

    /// <summary>The catalogue metric like a built-in one, when the workspace has it; else the metric itself.</summary>
    internal static KnownMetric Measurable(KnowledgeBase knowledge, KnownMetric metric) =>
        metric.FromCatalogue ? metric : knowledge.Metrics.FirstOrDefault(m => m.FromCatalogue && m.Like == metric.Id) ?? metric;

    /// <summary>The <see cref="AreaVocabulary"/> terms the area names, in the order they appear in it.</summary>
    private static IEnumerable<(string Term, string[] Metrics)> AreaTerms(string? area)
    {
        if (string.IsNullOrWhiteSpace(area))
        {
            return [];
        }

        var text = " " + area.ToLowerInvariant() + " ";
        return AreaVocabulary.Terms
            .Select(t => (Entry: t, At: Position(text, t.Term)))
            .Where(p => p.At >= 0)
            .OrderBy(p => p.At)
            .Select(p => p.Entry);
    }

    /// <summary>Where <paramref name="term"/> starts a word of <paramref name="text"/>, or -1.</summary>
    private static int Position(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (!char.IsLetterOrDigit(text[at - 1]))
            {
                return at;
            }
        }

        return -1;
    }

    private static IEnumerable<string> Clauses(string? area)
    {
        if (string.IsNullOrWhiteSpace(area))
        {
            yield break;
        }

        foreach (var part in area.Replace(" - ", ",", StringComparison.Ordinal).Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var piece in part.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return piece;
            }
        }
    }
}

using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// The unit that fits a company key result best: one that lists its metric among its own, else one whose key results
/// measure it or a driver of it, else the one whose area shares the most words with it.
/// </summary>
internal static class OwnerSuggester
{
    public static SuggestedOwner? Suggest(AlignmentContext context, KeyResult keyResult)
    {
        var metric = context.MetricOf(keyResult);
        var teams = context.Workspace.Units.Where(u => u.Kind is not (UnitKind.Company or UnitKind.Department)).ToList();
        if (metric is not null)
        {
            var listing = context.UnitListing(metric);
            if (listing is not null)
            {
                return new SuggestedOwner(listing.Id, $"it lists {metric.Name} among its metrics in units.yaml");
            }

            var measuring = context.Teams
                .SelectMany(o => o.KeyResults.Select(k => (Objective: o, KeyResult: k, Metric: context.MetricOf(k))))
                .Where(p => p.Metric is not null)
                .Select(p => (p.Objective, p.KeyResult, Relation: MetricRelations.Relate(context.Knowledge, p.Metric!, metric)))
                .Where(p => p.Relation is MetricRelation.Same or MetricRelation.Driver)
                .OrderByDescending(p => p.Relation)
                .FirstOrDefault();
            if (measuring.KeyResult is not null)
            {
                return new SuggestedOwner(AlignmentContext.UnitOf(measuring.Objective), $"{measuring.KeyResult.Ref} {MetricRelations.Describe(measuring.Relation)} {metric.Name}");
            }
        }

        var terms = context.Terms.Terms([keyResult.Text]);
        var byArea = teams
            .Select(u => (Unit: u, Common: SharedTerms.Common(terms, context.Terms.Terms([u.Area, u.Name]))))
            .Where(p => p.Common.Count > 0)
            .OrderByDescending(p => p.Common.Count)
            .FirstOrDefault();
        return byArea.Unit is null ? null : new SuggestedOwner(byArea.Unit.Id, $"its area shares the words {string.Join(", ", byArea.Common)}");
    }
}

using Throughline.Core.Alignment;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Classification;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Drafting;

/// <summary>
/// Turns a <see cref="DraftProposal"/> (an LLM's structured output) into a <see cref="TeamDraft"/> with the same
/// assessments as the offline engine's: each KR's metric, line of sight to the company KRs it supports, outcome or
/// output, measurability and dependencies. The offline draft's no-line-of-sight items and notes are kept.
/// </summary>
public static class ProposalDrafter
{
    /// <summary>The draft, or null with the reason when the proposal cannot be used (no objectives, a KR with no text...).</summary>
    public static TeamDraft? TryCreate(OkrWorkspace workspace, KnowledgeBase knowledge, TeamDraft offline, DraftProposal? proposal, out string problem)
    {
        ArgumentNullException.ThrowIfNull(offline);
        problem = proposal switch
        {
            null or { Objectives: null or { Count: 0 } } => "the answer has no objectives",
            _ when proposal.Objectives.Any(o => string.IsNullOrWhiteSpace(o?.Title) || o.KeyResults is not { Count: > 0 }) => "an objective has no title or no key results",
            _ when proposal.Objectives.SelectMany(o => o.KeyResults).Any(k => string.IsNullOrWhiteSpace(k?.Text)) => "a key result has no text",
            _ => string.Empty,
        };
        if (problem.Length > 0)
        {
            return null;
        }

        var context = RuleContext.Create(workspace, knowledge, offline.Cycle);
        var unit = offline.Unit;
        var objectives = new List<DraftedObjective>();
        foreach (var (proposed, index) in proposal!.Objectives!.Select((o, i) => (o, i)))
        {
            var number = index + 1;
            var supports = (proposed.Supports ?? []).Select(s => OkrRef.TryParse(s, out var r) ? r : null).OfType<OkrRef>()
                .Where(r => context.FindObjective(r) is { Level: ObjectiveLevel.Company }).Distinct().ToList();
            var keyResults = proposed.KeyResults.Select((k, i) => KeyResult(context, unit, OkrRef.ForKeyResult(unit.Id, $"O{number}", $"KR{i + 1}"), k, supports)).ToList();
            var objective = new Objective
            {
                Ref = OkrRef.ForObjective(unit.Id, $"O{number}"),
                Title = proposed.Title.Trim(),
                Why = proposed.Why,
                Cycle = offline.Cycle,
                Level = unit.Kind == UnitKind.Department ? ObjectiveLevel.Department : ObjectiveLevel.Team,
                Owner = unit.Id,
                OwnerPerson = unit.Lead,
                Order = number,
                Supports = [.. supports.Select(s => new ParentLink { Target = s })],
                KeyResults = [.. keyResults.Select(k => k.KeyResult)],
            };
            objectives.Add(new DraftedObjective(objective, supports.FirstOrDefault()?.ObjectiveRef, keyResults));
        }

        return offline with { Objectives = objectives, Dependencies = [.. objectives.SelectMany(o => o.KeyResults).SelectMany(k => k.Dependencies)] };
    }

    private static DraftedKeyResult KeyResult(RuleContext context, OrgUnit unit, OkrRef reference, ProposedKeyResult proposed, IReadOnlyList<OkrRef> supports)
    {
        var match = context.Knowledge.Find(proposed.Metric ?? string.Empty) ?? context.Knowledge.Match(proposed.Metric)?.Metric ?? context.Knowledge.Match(proposed.Text)?.Metric;
        var metric = match is null ? null : LeverFinder.Measurable(context.Knowledge, match);
        var history = metric is { FromCatalogue: true } ? context.HistoryBeforeCycle(metric.Id) : [];
        var direction = proposed.Direction?.Trim().ToLowerInvariant() switch
        {
            "decrease" => MetricDirection.Decrease,
            "maintain" => MetricDirection.Maintain,
            "increase" => MetricDirection.Increase,
            _ => metric?.GoodDirection,
        };
        var keyResult = new KeyResult
        {
            Ref = reference,
            Text = proposed.Text.Trim(),
            Metric = metric is { FromCatalogue: true } ? metric.Id : metric?.Name ?? proposed.Metric,
            MeasureUnit = metric?.Unit ?? MeasureUnit.Unspecified,
            Direction = direction,
            Baseline = proposed.Baseline,
            Target = proposed.Target,
            Measurement = metric?.Measurement ?? new Measurement(),
            Indicator = metric?.Indicator,
        };
        var (relation, target) = BestLink(context, metric, supports);
        var sight = (metric, target) switch
        {
            (null, _) => "not established: the KR names no metric the knowledge base or the catalogue knows",
            (_, null) => $"not established: {metric.Name} relates to no KR of the company objectives it claims to support",
            _ when relation == MetricRelation.Same => $"{metric.Name} is the metric of {target.Value.Ref}: moving it moves the company KR directly",
            _ => $"{metric.Name} {MetricRelations.Describe(relation)} {target.Value.Metric.Name} ({target.Value.Ref})",
        };
        var classification = KrClassifier.Classify(keyResult, context.Knowledge);
        var measurable = history.Count > 0;
        var measurability = measurable
            ? $"measurable now: {metric!.Name} is in the metric catalogue with {history.Count} observations before the cycle"
            : metric is null ? "not measurable with current data: no known metric" : $"not measurable with current data: {metric.Name} has no history in this workspace";
        var dependencies = metric is null ? [] : DependencyFinder.ForKeyResult(context, unit, reference, metric).ToList();
        return new DraftedKeyResult(keyResult, "proposed by the LLM", target?.Ref ?? supports.FirstOrDefault(), relation, sight, classification.Kind, classification.Reasons, measurable, measurability, "baseline and target as proposed by the LLM; the review's KR009 checks them against history", dependencies);
    }

    private static (MetricRelation Relation, (OkrRef Ref, KnownMetric Metric)? Target) BestLink(RuleContext context, KnownMetric? metric, IReadOnlyList<OkrRef> supports)
    {
        if (metric is null)
        {
            return (MetricRelation.None, null);
        }

        var best = (Relation: MetricRelation.None, Target: ((OkrRef Ref, KnownMetric Metric)?)null);
        foreach (var reference in supports)
        {
            var objective = context.FindObjective(reference)!;
            foreach (var kr in objective.KeyResults.Where(k => reference.KeyResult is null || k.Ref == reference))
            {
                if (context.MetricOf(kr)?.Metric is { } theirs && MetricRelations.Relate(context.Knowledge, metric, theirs) is var relation &&
                    relation is not (MetricRelation.None or MetricRelation.DrivenBy) && relation > best.Relation)
                {
                    best = (relation, (kr.Ref, theirs));
                }
            }
        }

        return best;
    }
}

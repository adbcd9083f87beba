using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Drafting;

/// <summary>Runs the seed's prompt 2 (<see cref="DraftCritique"/>) on a workspace that holds a unit's written draft for a cycle.</summary>
public static class DraftCritic
{
    /// <summary>Reviews <paramref name="unitId"/>'s objectives for <paramref name="cycle"/> in <paramref name="workspace"/>.</summary>
    public static DraftCritique Run(OkrWorkspace workspace, KnowledgeBase knowledge, string unitId, string cycle)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(knowledge);
        var review = QualityReview.Run(workspace, knowledge, cycle).ForUnit(unitId);
        var context = RuleContext.Create(workspace, knowledge, cycle);
        var keyResults = review.KeyResults.Select(k => k.KeyResult).ToList();
        var measured = keyResults.Select(k => context.MetricOf(k)?.Metric.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var proposal = TeamDrafter.Draft(workspace, knowledge, unitId, cycle);
        var unmeasured = proposal.Objectives
            .Where(o => o.CompanyObjective is not null)
            .SelectMany(o => o.KeyResults)
            .Where(k => k.Supports is { IsKeyResult: true } && !measured.Contains(context.Knowledge.Find(k.KeyResult.Metric!)?.Id ?? k.KeyResult.Metric!))
            .Select(k => new UnmeasuredOutcome(context.Knowledge.Find(k.KeyResult.Metric!)?.Name ?? k.KeyResult.Metric!, k.LineOfSight, k.KeyResult.Text, k.Supports))
            .ToList();
        var ambition = keyResults.Select(k => Ambition(context, k)).OfType<AmbitionCheck>().ToList();
        return new DraftCritique(unitId, cycle, review, unmeasured, ambition);
    }

    private static AmbitionCheck? Ambition(RuleContext context, KeyResult keyResult)
    {
        if (keyResult.IsRat || keyResult.Direction is not (MetricDirection.Increase or MetricDirection.Decrease) ||
            keyResult.Baseline is not { } baseline || keyResult.EffectiveTarget is not { } target ||
            context.MetricOf(keyResult)?.Metric is not { } metric || context.TrendOf(metric.Id) is not { Quarters.Count: >= 1 } trend)
        {
            return null;
        }

        var sign = keyResult.Direction == MetricDirection.Decrease ? -1 : 1;
        var unit = keyResult.MeasureUnit != MeasureUnit.Unspecified ? keyResult.MeasureUnit : metric.Unit;
        var required = target - baseline;
        var last = trend.Quarters[^1].Change;
        var best = trend.Best(keyResult.Direction.Value);
        var verdict = (sign * required) switch
        {
            var r when r <= sign * trend.Mean => "sandbag",
            var r when sign * best > 0 && r > 2 * sign * best => "unrealistic",
            var r when r > sign * last => "ambitious",
            _ => "modest",
        };
        string Change(double value) => ValueFormat.Change(value, unit, keyResult.Currency);
        var evidence = $"needs {Change(required)}; last quarter moved {Change(last)}, the trend is {Change(trend.Mean)} a quarter and the best of {trend.Quarters.Count} quarters {Change(best)}";
        return new AmbitionCheck(keyResult.Ref, verdict, evidence);
    }
}

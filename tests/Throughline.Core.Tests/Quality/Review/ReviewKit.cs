using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Review;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Review;

/// <summary>Hand-built workspaces with a catalogue metric and weekly history for the review, rewrite and connection tests.</summary>
internal static class ReviewKit
{
    /// <summary>The Friday before the 2026-Q4 cycle (which starts 2026-10-05).</summary>
    public static readonly DateOnly LastBeforeCycle = new(2026, 10, 2);

    /// <summary>The catalogue's activation metric: a percentage that should rise.</summary>
    public static MetricDefinition Activation { get; } = new()
    {
        Id = "activation",
        Name = "Activation rate",
        Synonyms = ["activation rate", "week-1 activation"],
        MeasureUnit = MeasureUnit.Percent,
        GoodDirection = MetricDirection.Increase,
        Indicator = IndicatorKind.Leading,
        Measurement = new Measurement(Source: "Amplitude", Event: "workspace_activated"),
    };

    /// <summary>
    /// Weekly observations of <paramref name="metric"/> ending at <see cref="LastBeforeCycle"/> with <paramref name="last"/>,
    /// moving by each of <paramref name="perQuarter"/> (oldest first) spread evenly over its 13 weeks.
    /// </summary>
    public static IReadOnlyList<MetricObservation> WeeklyHistory(string metric, double last, params double[] perQuarter)
    {
        var history = new List<MetricObservation>();
        var value = last;
        var date = LastBeforeCycle;
        history.Add(new MetricObservation(metric, date, value));
        foreach (var change in perQuarter.Reverse())
        {
            for (var week = 0; week < 13; week++)
            {
                value -= change / 13;
                date = date.AddDays(-7);
                history.Add(new MetricObservation(metric, date, Math.Round(value, 4)));
            }
        }

        history.Reverse();
        return history;
    }

    /// <summary>A workspace of <paramref name="objectives"/> with the activation metric at 31% after quarters of +2, +2, +2.5, +2 points.</summary>
    public static OkrWorkspace WithActivationHistory(params Objective[] objectives) => Workspace(objectives) with
    {
        Metrics = [Activation],
        MetricHistory = WeeklyHistory("activation", 31, 2, 2, 2.5, 2),
    };

    /// <summary>An activation KR on the catalogue metric, from <paramref name="baseline"/> to <paramref name="target"/>.</summary>
    public static KeyResult ActivationKr(string unit, string objective, string id, double baseline, double target) =>
        Kr(unit, objective, id, $"Increase week-1 activation rate from {baseline}% to {target}%") with
        {
            Metric = "activation rate",
            MeasureUnit = MeasureUnit.Percent,
            Direction = MetricDirection.Increase,
            Baseline = baseline,
            Target = target,
        };

    /// <summary>A second, unrelated good KR so that objective-level rules stay quiet.</summary>
    public static KeyResult Retention(string unit, string objective, string id) =>
        Good(unit, objective, id) with { Metric = "net revenue retention", Text = "Raise net revenue retention from 104% to 108%", Baseline = 104, Target = 108 };

    public static QualityReport RunReview(OkrWorkspace workspace) => QualityReview.Run(workspace, KnowledgeBase.BuiltIn);

    public static KeyResultReview ReviewOf(OkrWorkspace workspace, string keyResult) =>
        RunReview(workspace).KeyResults.Single(k => k.KeyResult.Ref.ToString() == keyResult);

    public static ObjectiveReview ObjectiveOf(OkrWorkspace workspace, string objective) =>
        RunReview(workspace).Objectives.Single(o => o.Objective.Ref.ToString() == objective);

    public static ScoreFactor Factor(QualityScore score, string name) => score.Factors.Single(f => f.Name == name);
}

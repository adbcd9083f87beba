using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Tests.Quality.Rules;

/// <summary>Small hand-built workspaces for the quality rule tests.</summary>
internal static class RuleKit
{
    public const string CycleId = "2026-Q4";

    public static KeyResult Kr(string unit, string objective, string id, string text) => new()
    {
        Ref = OkrRef.ForKeyResult(unit, objective, id),
        Text = text,
        Owner = "Ana",
        Measurement = new Measurement(Source: "warehouse"),
    };

    public static KeyResult Good(string unit, string objective, string id) =>
        Kr(unit, objective, id, "Increase activation rate from 30% to 36%") with
        {
            Metric = "activation rate",
            Baseline = 30,
            Target = 36,
            Direction = MetricDirection.Increase,
        };

    public static Objective Obj(string unit, string id, string title, params KeyResult[] keyResults) => new()
    {
        Ref = OkrRef.ForObjective(unit, id),
        Title = title,
        Cycle = CycleId,
        Owner = unit,
        OwnerPerson = "Bo",
        KeyResults = keyResults,
    };

    public static Objective GoodObjective(string unit, string id) =>
        Obj(unit, id, "New teams reach value in their first week", Good(unit, id, "KR1"), Good(unit, id, "KR2") with { Metric = "net revenue retention", Text = "Raise net revenue retention from 104% to 108%", Baseline = 104, Target = 108 });

    public static OkrWorkspace Workspace(params Objective[] objectives) => new()
    {
        Organisation = "Test",
        CurrentCycle = CycleId,
        Cycles = [new Cycle { Id = CycleId, Start = new DateOnly(2026, 10, 5), End = new DateOnly(2027, 1, 3) }],
        Objectives = objectives,
    };

    public static IReadOnlyList<Finding> Run(OkrWorkspace workspace, string ruleId) =>
        [.. QualityCheck.Run(workspace, KnowledgeBase.BuiltIn).Where(f => f.RuleId == ruleId)];

    public static IReadOnlyList<Finding> Run(string ruleId, params Objective[] objectives) => Run(Workspace(objectives), ruleId);

    /// <summary>One objective around <paramref name="keyResult"/> plus a good KR, so objective rules stay quiet.</summary>
    public static IReadOnlyList<Finding> RunOn(string ruleId, KeyResult keyResult) =>
        Run(ruleId, Obj("team", "O1", "New teams reach value in their first week", keyResult, Good("team", "O1", "KR9")));
}

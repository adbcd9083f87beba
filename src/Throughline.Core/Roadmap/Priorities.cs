using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>Priority weights: an objective's explicit <c>weight</c>, else 1/order in its file; a KR's weight multiplies it.</summary>
internal static class Priorities
{
    public static double Of(Objective objective) => objective.Weight ?? (1.0 / Math.Max(1, objective.Order));

    public static double Of(Objective objective, KeyResult keyResult) => Of(objective) * (keyResult.Weight ?? 1);
}

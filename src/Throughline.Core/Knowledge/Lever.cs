using Throughline.Core.Model;

namespace Throughline.Core.Knowledge;

/// <summary>
/// What a key result does to the organisation when pushed the way its team wants ("cutting cost", "charging more"),
/// read from its words and direction (<c>Knowledge/Data/levers.json</c>).
/// </summary>
/// <param name="Id">Stable id, e.g. <c>cost_cut</c>; several entries may share one id with different cues or directions.</param>
/// <param name="Name">Words for people, e.g. "cutting cost".</param>
/// <param name="When">The direction the key result must move for the lever to apply.</param>
/// <param name="Cues">Single words that name the lever ("spend", "budget").</param>
/// <param name="Units">When not empty, the lever applies only to key results measured in one of these units.</param>
/// <param name="Family">The metric family its cues speak of (cutting cost: cost), when one fits.</param>
public sealed record Lever(string Id, string Name, MetricDirection When, IReadOnlyList<string> Cues, IReadOnlyList<MeasureUnit>? Units = null, MetricFamily? Family = null);

/// <summary>Two levers that trade off, with the reason in a product manager's words.</summary>
/// <param name="A">A lever id.</param>
/// <param name="B">The other lever id.</param>
/// <param name="Rationale">Why pulling one hurts the other.</param>
/// <param name="Meet">Where two teams must meet for the tension to hold.</param>
public sealed record LeverTension(string A, string B, string Rationale, TensionReach Meet = TensionReach.Work);

/// <summary>Where two teams must meet for a lever tension to hold.</summary>
public enum TensionReach
{
    /// <summary>The same work: one small part of the organisation, or a shared subject word.</summary>
    Work,

    /// <summary>The same customers: also when both serve one company objective.</summary>
    Objective,

    /// <summary>
    /// Anywhere in an organisation small enough that every team meets every other (at most 15 teams): a trade-off so
    /// direct ("fewer checks" against "fewer fraud losses") that it holds across departments.
    /// </summary>
    Organisation,
}

/// <summary>The levers and their tensions.</summary>
/// <param name="Levers">Levers, the strongest first: when a phrase names several, the first listed wins.</param>
/// <param name="Tensions">Pairs of levers that trade off.</param>
public sealed record LeverCatalogue(IReadOnlyList<Lever> Levers, IReadOnlyList<LeverTension> Tensions)
{
    /// <summary>No levers.</summary>
    public static LeverCatalogue Empty { get; } = new([], []);
}

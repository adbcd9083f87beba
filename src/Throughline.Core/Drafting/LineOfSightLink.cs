using Throughline.Core.Alignment;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Drafting;

/// <summary>A unit metric that reaches a company key result's metric through the knowledge base.</summary>
/// <remarks>A link with no company objective belongs to a health objective (the unit reaches no company objective). A link with no company KR is a spare: one of the unit's own metrics the knowledge base does not relate to the objective, used only to give it a second or a leading KR.</remarks>
internal sealed record LineOfSightLink(Objective? Company, KeyResult? CompanyKr, KnownMetric? CompanyMetric, Lever Lever, MetricRelation Relation)
{
    /// <summary>Same 5, driver 4, through one step 3, same family 2: the connection scorer's order.</summary>
    public int Strength => Relation switch
    {
        MetricRelation.Same => 5,
        MetricRelation.Driver => 4,
        MetricRelation.IndirectDriver => 3,
        MetricRelation.SameFamily => 2,
        _ => 1,
    };

    /// <summary>True for a metric added only to give an objective its second KR (a driver of one of the unit's metrics).</summary>
    public bool IsPadding => Lever.Rank >= LeverFinder.PaddingRank;
}

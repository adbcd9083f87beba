namespace Throughline.Core.Conflicts;

/// <summary>The kinds of cross-team conflict (docs/rules.md, CF rules).</summary>
public enum ConflictType
{
    /// <summary>Two units' KRs trade off against each other.</summary>
    MetricTension,

    /// <summary>One metric measured in different ways by different units.</summary>
    MetricDefinition,

    /// <summary>More engineer-weeks asked of a unit than it has for asks.</summary>
    OverAsked,

    /// <summary>Several units need one provider by dates it cannot meet together.</summary>
    IncompatibleDates,

    /// <summary>The provider's plan lands after the date the work is needed.</summary>
    LatePlan,

    /// <summary>A dependency explicitly not agreed by the provider.</summary>
    UnagreedDependency,

    /// <summary>An agreed dependency the provider's OKRs and roadmap do not reflect.</summary>
    UnreflectedDependency,

    /// <summary>A contribution the parent's owner has not accepted.</summary>
    UnacceptedContribution,

    /// <summary>A company KR that no unit owns.</summary>
    UnownedCompanyKr,
}

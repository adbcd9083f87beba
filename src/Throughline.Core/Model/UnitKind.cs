namespace Throughline.Core.Model;

/// <summary>What kind of organisation unit a unit is.</summary>
public enum UnitKind
{
    /// <summary>The company as a whole; owns company objectives.</summary>
    Company,

    /// <summary>A department or business unit grouping teams.</summary>
    Department,

    /// <summary>A cross-functional product team owning a product area or user journey.</summary>
    ProductTeam,

    /// <summary>A platform or infrastructure team other teams depend on.</summary>
    PlatformTeam,

    /// <summary>A support function (finance, legal, people, IT) whose health goals need not ladder up.</summary>
    SupportFunction,

    /// <summary>A go-to-market function such as sales, marketing or customer success.</summary>
    GoToMarket,
}

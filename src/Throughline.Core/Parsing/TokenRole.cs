namespace Throughline.Core.Parsing;

/// <summary>What a number does in a key result.</summary>
internal enum TokenRole
{
    /// <summary>No connector says; a target candidate.</summary>
    Plain,

    /// <summary>The starting value: <c>from 5,000</c>, <c>baseline: 38%</c>.</summary>
    Baseline,

    /// <summary>The value to reach: <c>to 8,000</c>, <c>under 200 ms</c>, <c>≥ 45</c>.</summary>
    Target,

    /// <summary>The stretch value: <c>stretch: 10k</c>.</summary>
    Stretch,

    /// <summary>A relative change: <c>by 20%</c>, <c>+5pp</c>, <c>3x</c>.</summary>
    Change,

    /// <summary>Part of the metric's definition: <c>within 7 days</c>, <c>per 1,000 users</c>, <c>30-day</c>.</summary>
    Qualifier,
}

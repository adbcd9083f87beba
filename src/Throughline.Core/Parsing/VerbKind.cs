namespace Throughline.Core.Parsing;

/// <summary>What the leading verb of a key result says about the direction of change.</summary>
internal enum VerbKind
{
    /// <summary>increase, grow, raise, boost, double.</summary>
    Increase,

    /// <summary>reduce, cut, lower, halve, eliminate.</summary>
    Decrease,

    /// <summary>maintain, keep, sustain, hold, stay, remain.</summary>
    Maintain,

    /// <summary>improve, optimize, enhance: the direction depends on whether less of the metric is better.</summary>
    Improve,

    /// <summary>reach, hit, achieve: a level to get to.</summary>
    Achieve,

    /// <summary>hire, close, ship, migrate: a count of things done.</summary>
    Action,
}

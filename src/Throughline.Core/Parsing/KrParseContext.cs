namespace Throughline.Core.Parsing;

/// <summary>
/// What the key result text parser needs to resolve relative dates: the cycle the KR belongs to.
/// "by end of Q2" resolves in <see cref="Year"/>; "by end of quarter" resolves to <see cref="CycleEnd"/>.
/// </summary>
/// <param name="Year">Calendar year used when the text names no year.</param>
/// <param name="CycleStart">First day of the KR's cycle, when known.</param>
/// <param name="CycleEnd">Last day of the KR's cycle, when known.</param>
public sealed record KrParseContext(int Year, DateOnly? CycleStart = null, DateOnly? CycleEnd = null)
{
    /// <summary>A context for a cycle.</summary>
    public static KrParseContext ForCycle(DateOnly start, DateOnly end) => new(start.Year, start, end);
}

namespace Throughline.Core.Model;

/// <summary>An OKR cycle such as <c>2026-Q1</c>, with inclusive start and end dates.</summary>
public sealed record Cycle
{
    /// <summary>Stable id, e.g. <c>2026-Q1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>First day of the cycle.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Last day of the cycle (inclusive).</summary>
    public required DateOnly End { get; init; }

    /// <summary>Where the cycle was defined.</summary>
    public SourceRef? Origin { get; init; }

    /// <summary>Number of days in the cycle, both ends included.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Whether a date falls inside the cycle.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Share of the cycle elapsed at the end of <paramref name="date"/>, clamped to 0..1.</summary>
    public double ElapsedFraction(DateOnly date) =>
        Math.Clamp((date.DayNumber - Start.DayNumber + 1) / (double)Days, 0, 1);
}

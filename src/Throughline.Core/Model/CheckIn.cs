namespace Throughline.Core.Model;

/// <summary>A weekly check-in on a key result: the current value, the team's confidence and the evidence.</summary>
public sealed record CheckIn
{
    /// <summary>The key result, fully scoped.</summary>
    public required OkrRef KeyResult { get; init; }

    /// <summary>Date of the check-in.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The metric's value on that date; null when the team only reported confidence.</summary>
    public double? Value { get; init; }

    /// <summary>Confidence 0/1/2; null when not given.</summary>
    public Confidence? Confidence { get; init; }

    /// <summary>Evidence for the value and confidence.</summary>
    public string? Note { get; init; }

    /// <summary>Risks and blockers named.</summary>
    public string? Risks { get; init; }

    /// <summary>Who checked in.</summary>
    public string? Author { get; init; }

    /// <summary>Where the check-in was written.</summary>
    public SourceRef? Origin { get; init; }
}

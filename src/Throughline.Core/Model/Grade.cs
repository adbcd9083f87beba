namespace Throughline.Core.Model;

/// <summary>An end-of-cycle grade of a key result, 0.0 to 1.0.</summary>
public sealed record Grade
{
    /// <summary>The graded key result.</summary>
    public required OkrRef KeyResult { get; init; }

    /// <summary>The cycle graded.</summary>
    public required string Cycle { get; init; }

    /// <summary>The score, 0.0 to 1.0.</summary>
    public required double Score { get; init; }

    /// <summary>The learning behind the score.</summary>
    public string? Note { get; init; }

    /// <summary>Where the grade was written.</summary>
    public SourceRef? Origin { get; init; }
}

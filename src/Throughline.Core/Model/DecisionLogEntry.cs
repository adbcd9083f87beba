namespace Throughline.Core.Model;

/// <summary>An entry of the decision log: a material change to the OKRs, with why and who.</summary>
public sealed record DecisionLogEntry
{
    /// <summary>Date of the decision.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>What changed.</summary>
    public required string What { get; init; }

    /// <summary>Why it changed.</summary>
    public string? Why { get; init; }

    /// <summary>Who decided.</summary>
    public string? Who { get; init; }

    /// <summary>Objectives or key results the decision affects.</summary>
    public IReadOnlyList<OkrRef> Affects { get; init; } = [];

    /// <summary>For a target change: the previous target.</summary>
    public double? PreviousTarget { get; init; }

    /// <summary>For a target change: the new target.</summary>
    public double? NewTarget { get; init; }

    /// <summary>Where the entry was written.</summary>
    public SourceRef? Origin { get; init; }
}

namespace Throughline.Core.Model;

/// <summary>What one unit needs from another to reach a key result.</summary>
public sealed record Dependency
{
    /// <summary>Stable id, e.g. <c>dep-07</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The unit that needs the help.</summary>
    public required string From { get; init; }

    /// <summary>The unit asked to help.</summary>
    public required string On { get; init; }

    /// <summary>The key result that needs it, when it is tied to one.</summary>
    public OkrRef? KeyResult { get; init; }

    /// <summary>What is needed, in plain words.</summary>
    public required string Need { get; init; }

    /// <summary>Engineer-weeks the ask costs the helping unit.</summary>
    public double? EngineerWeeks { get; init; }

    /// <summary>Date by which the help is needed.</summary>
    public DateOnly? NeededBy { get; init; }

    /// <summary>Whether the helping unit has agreed.</summary>
    public bool Agreed { get; init; }

    /// <summary>Where the dependency was written.</summary>
    public SourceRef? Origin { get; init; }
}

namespace Throughline.Core.Quality.Classification;

/// <summary>Whether a key result measures a change in behaviour or results (outcome) or the delivery of work (output).</summary>
public enum KrKind
{
    /// <summary>Measures a change in customer behaviour or business results.</summary>
    Outcome,

    /// <summary>Measures activity or delivery: a launch, a milestone, a count of things done.</summary>
    Output,

    /// <summary>Both at once, e.g. "Launch X and reach 30% adoption".</summary>
    Mixed,
}

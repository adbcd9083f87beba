namespace Throughline.Core.Quality.Classification;

/// <summary>One clause's verdict: a kind (or none when the clause carries no cue), how strong the cue is, and why.</summary>
internal sealed record KrClause(KrKind? Kind, double Strength, string Reason, bool IsFallback = false)
{
    public static KrClause None { get; } = new(null, 0, string.Empty);
}

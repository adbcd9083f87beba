namespace Throughline.Core.Quality.Classification;

/// <summary>The classifier's verdict on one key result, with its confidence and the reasons behind it.</summary>
/// <param name="Kind">Outcome, output or mixed.</param>
/// <param name="Confidence">0.5..1: how sure the classifier is.</param>
/// <param name="Reasons">The cues that decided it, in plain words (e.g. <c>starts with the delivery verb "launch"</c>).</param>
public sealed record KrClassification(KrKind Kind, double Confidence, IReadOnlyList<string> Reasons);

namespace Throughline.Core.Knowledge;

/// <summary>Two metrics (or families) that trade off: pushing one tends to hurt the other.</summary>
/// <param name="A">Metric id or family name.</param>
/// <param name="B">Metric id or family name.</param>
/// <param name="Rationale">Why they pull against each other, in words a product manager accepts.</param>
public sealed record MetricTension(string A, string B, string Rationale);

namespace Throughline.Core.Model;

/// <summary>One historical value of a catalogue metric.</summary>
/// <param name="Metric">The metric's catalogue id.</param>
/// <param name="Date">Date the value was measured (end of the measurement window).</param>
/// <param name="Value">The value, in the metric's unit.</param>
/// <param name="Origin">Where the value was read.</param>
public sealed record MetricObservation(string Metric, DateOnly Date, double Value, SourceRef? Origin = null);

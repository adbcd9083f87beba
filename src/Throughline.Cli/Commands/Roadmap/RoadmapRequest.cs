namespace Throughline.Cli.Commands.Roadmap;

/// <summary>The parsed arguments of <c>throughline roadmap</c>.</summary>
internal sealed record RoadmapRequest(string Path, string Format, string? Cycle, string? Cut, string? Matrix, string? Initiatives, double PointsPerWeek, string FailOn);

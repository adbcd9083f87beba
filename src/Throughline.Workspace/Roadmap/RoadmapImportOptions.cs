using Throughline.Core.Model;

namespace Throughline.Workspace.Roadmap;

/// <summary>How to read a roadmap export.</summary>
/// <param name="Cycle">The cycle the initiatives belong to.</param>
/// <param name="Objectives">The cycle's objectives, to resolve KR references ("O1-KR2", "growth/O1-KR2").</param>
/// <param name="Units">The workspace's units, to map the Team column to unit ids (by id or name).</param>
/// <param name="PointsPerWeek">Story points one engineer delivers in a week (Jira story points, Linear estimates); default 5.</param>
/// <param name="HoursPerWeek">Working hours in an engineer-week, for Jira's Original Estimate; default 40.</param>
public sealed record RoadmapImportOptions(string Cycle, IReadOnlyList<Objective> Objectives, IReadOnlyList<OrgUnit> Units, double PointsPerWeek = 5, double HoursPerWeek = 40);

namespace Throughline.Core.Conflicts;

/// <summary>The conflict analysis of one cycle.</summary>
/// <param name="Cycle">The cycle analysed.</param>
/// <param name="Conflicts">Every conflict, most severe first.</param>
/// <param name="TopIssues">The three issues to resolve first.</param>
public sealed record ConflictReport(string Cycle, IReadOnlyList<Conflict> Conflicts, IReadOnlyList<TopIssue> TopIssues);

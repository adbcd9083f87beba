namespace Throughline.Core.Alignment;

/// <summary>The alignment analysis of one cycle.</summary>
/// <param name="Cycle">The cycle analysed.</param>
/// <param name="LineOfSight">For every team objective and key result, its explicit links and inferred candidates.</param>
/// <param name="Coverage">For every company objective and key result, who contributes and the verdict.</param>
/// <param name="Findings">The alignment and org-design findings, most severe first.</param>
public sealed record AlignmentReport(string Cycle, IReadOnlyList<LineOfSight> LineOfSight, IReadOnlyList<Coverage> Coverage, IReadOnlyList<AlignmentFinding> Findings);

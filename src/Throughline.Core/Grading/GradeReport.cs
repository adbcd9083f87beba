using Throughline.Core.Model;

namespace Throughline.Core.Grading;

/// <summary>End-of-cycle grades of one cycle: per KR (what is written to grades.yaml), per objective, and the learning summary.</summary>
/// <param name="Cycle">The cycle graded.</param>
/// <param name="AsOf">The date the values were taken at.</param>
/// <param name="Final">True when the as-of date is on or after the cycle's end; otherwise the grades are provisional.</param>
/// <param name="KeyResults">KR grades (KRs that cannot be measured are left out).</param>
/// <param name="Ungraded">KRs that could not be graded, with the reason.</param>
/// <param name="Objectives">Objective grades, mean of their KRs.</param>
/// <param name="Learnings">The learning summary: grade bands, what drove the misses, what to fix next cycle.</param>
public sealed record GradeReport(Cycle Cycle, DateOnly AsOf, bool Final, IReadOnlyList<Grade> KeyResults, IReadOnlyList<(OkrRef KeyResult, string Reason)> Ungraded,
    IReadOnlyList<ObjectiveGrade> Objectives, IReadOnlyList<string> Learnings);

using Throughline.Core.Model;

namespace Throughline.Core.Grading;

/// <summary>An objective's grade: the mean of its graded key results (0.0-1.0), or null when none could be graded.</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Score">Mean of the KR grades, rounded to 2 decimals.</param>
/// <param name="Graded">How many of its KRs had a grade.</param>
/// <param name="KeyResults">How many KRs it has.</param>
public sealed record ObjectiveGrade(OkrRef Objective, double? Score, int Graded, int KeyResults);

using System.Globalization;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Progress;

namespace Throughline.Core.Grading;

/// <summary>
/// Grades a cycle 0.0-1.0 (seed 004): a moving KR scores its normalised progress clamped to 0..1, a maintain KR
/// the share of check-ins that held its bound, a RAT KR 1 when passed and 0 when failed; an objective is the mean of
/// its graded KRs. Each KR grade's note records the numbers and the honesty findings, so the grade carries its
/// learning. Values are the check-ins up to the as-of date (default: the cycle's latest check-in).
/// </summary>
public static class Grader
{
    /// <summary>Grades <paramref name="cycleId"/> (the current cycle when null).</summary>
    public static GradeReport Run(OkrWorkspace workspace, KnowledgeBase knowledge, string? cycleId = null, DateOnly? asOf = null)
    {
        var progress = ProgressReview.Run(workspace, knowledge, cycleId, asOf);
        var grades = new List<Grade>();
        var ungraded = new List<(OkrRef, string)>();
        foreach (var kr in progress.KeyResults)
        {
            var score = ProgressMath.Grade(kr.Kind, kr.Baseline, kr.Target, [.. kr.Values.Select(v => v.Value)]);
            if (score is not { } s)
            {
                ungraded.Add((kr.KeyResult.Ref, kr.Kind == ProgressKind.Unmeasurable ? "no numeric target" : kr.Values.Count == 0 ? "no check-in with a value" : "no baseline"));
                continue;
            }

            grades.Add(new Grade { KeyResult = kr.KeyResult.Ref, Cycle = progress.Cycle.Id, Score = s, Note = Note(kr) });
        }

        var objectives = workspace.ObjectivesIn(progress.Cycle.Id).Select(o =>
        {
            var scores = grades.Where(g => g.KeyResult.ObjectiveRef == o.Ref).Select(g => g.Score).ToList();
            return new ObjectiveGrade(o.Ref, scores.Count > 0 ? Math.Round(scores.Average(), 2) : null, scores.Count, o.KeyResults.Count);
        }).ToList();
        return new GradeReport(progress.Cycle, progress.AsOf, progress.AsOf >= progress.Cycle.End, grades, ungraded, objectives, Learnings(grades, progress));
    }

    private static string Note(KrProgress kr)
    {
        var numbers = kr.Kind switch
        {
            ProgressKind.Binary => kr.Current >= 1 ? "test passed" : "test failed",
            ProgressKind.MaintainAtLeast or ProgressKind.MaintainAtMost =>
                $"held {(kr.Kind == ProgressKind.MaintainAtLeast ? ">=" : "<=")} {N(kr.Target)} in {kr.Values.Count(v => ProgressMath.Reached(kr.Kind, kr.Target!.Value, v.Value))} of {kr.Values.Count} weeks",
            _ => $"{N(kr.Baseline)} -> {N(kr.Current)} against {N(kr.Target)}",
        };
        var flags = kr.Findings.Select(f => f.RuleId).Distinct().ToList();
        return numbers + $"; {kr.StatusRule} {kr.Status}" + (flags.Count > 0 ? $"; honesty: {string.Join(", ", flags)}" : "") + ".";
    }

    private static List<string> Learnings(IReadOnlyList<Grade> grades, ProgressReport progress)
    {
        var learnings = new List<string>();
        if (grades.Count > 0)
        {
            int Band(double from, double to) => grades.Count(g => g.Score >= from && g.Score < to);
            learnings.Add($"Mean KR grade {grades.Average(g => g.Score).ToString("0.00", CultureInfo.InvariantCulture)} over {grades.Count} KRs: " +
                $"{Band(0.7, 1.01)} at 0.7 or above (delivered), {Band(0.4, 0.7)} at 0.4-0.6 (progress, short of the target), {Band(0, 0.4)} below 0.4 (missed).");
        }

        var perfect = grades.Where(g => g.Score >= 1).Select(g => g.KeyResult).ToHashSet();
        var easy = progress.KeyResults.Where(k => perfect.Contains(k.KeyResult.Ref) && k.Findings.Any(f => f.RuleId == "PR012")).Select(k => k.KeyResult.Ref.ToString()).ToList();
        if (easy.Count > 0)
        {
            learnings.Add($"Scored 1.0 on targets below their own trend ({string.Join(", ", easy)}): not evidence of improvement; raise the bar.");
        }

        var wrongReason = progress.KeyResults.Where(k => perfect.Contains(k.KeyResult.Ref) && k.Findings.Any(f => f.RuleId is "PR013" or "PR014" or "PR015")).Select(k => k.KeyResult.Ref.ToString()).ToList();
        if (wrongReason.Count > 0)
        {
            learnings.Add($"Scored 1.0 for reasons outside the plan ({string.Join(", ", wrongReason)}): record what moved them before celebrating.");
        }

        learnings.AddRange(progress.Lessons);
        return learnings;
    }

    private static string N(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?";
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// AL003: a team objective that supports nothing and is not marked as a support/health goal. Objectives marked
/// <c>health: true</c> or <c>type: health</c>, and every objective of a support function, are allowed without a warning.
/// </summary>
internal static class LocalGoalRule
{
    public static IEnumerable<AlignmentFinding> Find(AlignmentContext context, IReadOnlyList<LineOfSight> lineOfSight)
    {
        var byRef = lineOfSight.GroupBy(l => l.Source).ToDictionary(g => g.Key, g => g.First());
        foreach (var objective in context.Teams)
        {
            if (objective.Supports.Count > 0 || AlignmentContext.IsHealth(objective)
                || context.FindUnit(AlignmentContext.UnitOf(objective))?.Kind == UnitKind.SupportFunction)
            {
                continue;
            }

            var unit = AlignmentContext.UnitOf(objective);
            var suggestion = byRef.GetValueOrDefault(objective.Ref)?.BestSuggestion;
            var link = suggestion is null
                ? "No company KR is a plausible parent either: if it matters, say which company goal it serves."
                : $"The closest company KR is {suggestion.Target} ({suggestion.Score}/5; {suggestion.Reason})";
            yield return new AlignmentFinding(
                "AL003", Severity.Warning, objective.Ref.ToString(), [unit],
                $"{objective.Ref} \"{objective.Title}\" supports no company objective and is not marked as a health goal: a local goal with no line of sight.",
                $"No `supports`; health not set; type {objective.Type.ToString().ToLowerInvariant()}. {link}",
                suggestion is null
                    ? $"Mark {objective.Ref} `health: true` if it keeps the team healthy, or link it to the company objective it serves."
                    : $"Either mark {objective.Ref} `health: true`, or link it to {suggestion.Target} and say how it contributes.",
                objective.Origin);
        }
    }
}

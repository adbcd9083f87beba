using Throughline.Core.Diagnostics;

namespace Throughline.Core.Alignment;

/// <summary>AL001: an explicit link whose objective measures and says nothing that connects to the parent (strength 1/5).</summary>
internal static class ClaimedNotEvidentRule
{
    public static IEnumerable<AlignmentFinding> Find(AlignmentContext context)
    {
        foreach (var objective in context.Teams)
        {
            foreach (var link in objective.Supports)
            {
                var parent = context.FindObjective(link.Target);
                if (parent is null || parent.Level != Model.ObjectiveLevel.Company)
                {
                    continue;
                }

                var connection = LinkEvidence.Score(context, objective, link);
                if (connection.Strength > 1)
                {
                    continue;
                }

                var unit = AlignmentContext.UnitOf(objective);
                var claim = string.IsNullOrWhiteSpace(link.Contribution) ? "with no contribution statement" : $"claiming \"{link.Contribution}\"";
                yield return new AlignmentFinding(
                    "AL001", Severity.Warning, objective.Ref.ToString(), [unit],
                    $"{objective.Ref} \"{objective.Title}\" says it supports {link.Target} {claim}, but nothing it measures connects to it: claimed, not evident (1/5).",
                    connection.Reason,
                    $"Link {objective.Ref} to the company KR its metrics really move, or give it a KR on a metric that drives {link.Target}; until then treat the link as a claim.",
                    link.Origin ?? objective.Origin);
            }
        }
    }
}

using Throughline.Core.Alignment;
using Throughline.Core.Diagnostics;

namespace Throughline.Core.Conflicts;

/// <summary>CF008 unaccepted contributions and CF009 company KRs nobody owns.</summary>
internal static class ContributionRules
{
    public static IEnumerable<Conflict> Find(AlignmentContext context, IReadOnlyList<Coverage> coverage)
    {
        foreach (var objective in context.Teams)
        {
            foreach (var link in objective.Supports.Where(l => l.Accepted == false))
            {
                var unit = AlignmentContext.UnitOf(objective);
                var parent = context.FindObjective(link.Target);
                var parentOwner = parent is null ? null : parent.OwnerPerson ?? AlignmentContext.UnitOf(parent);
                yield return new Conflict(
                    "CF008", ConflictType.UnacceptedContribution, Severity.Warning, objective.Ref.ToString(), link.Target.ToString(), [unit, .. parent is null ? [] : new[] { AlignmentContext.UnitOf(parent) }],
                    $"{unit} claims {objective.Ref} contributes to {link.Target}, but the owner of {link.Target} has not accepted it: until they agree, the link is a claim.",
                    $"{objective.Ref} -> {link.Target}, accepted: false" + (link.Contribution is { } c ? $"; contribution: \"{c}\"" : "; no contribution statement") + ".",
                    $"{unit} agrees the contribution with {parentOwner ?? "the parent's owner"}, or drops the link.",
                    link.Origin ?? objective.Origin,
                    2);
            }
        }

        foreach (var item in coverage.Where(c => c.Target.IsKeyResult && c.Verdict == CoverageVerdict.Uncovered))
        {
            var keyResult = context.FindKeyResult(item.Target)!;
            var owner = OwnerSuggester.Suggest(context, keyResult);
            yield return new Conflict(
                "CF009", ConflictType.UnownedCompanyKr, Severity.Warning, item.Target.ToString(), owner?.Unit, owner is null ? [] : [owner.Unit],
                $"No unit owns company KR {item.Target} \"{keyResult.Text}\": nobody will move it. {CoverageAnalysis.UncoveredMeaning}",
                $"No objective links to {item.Target} or to {item.Target.ObjectiveRef} with a KR on {context.MetricOf(keyResult)?.Name ?? "its metric"}." + (owner is null ? string.Empty : $" Best fit: {owner.Unit} ({owner.Reason})."),
                owner is null ? "Name an owner, or drop the KR." : $"The owner of {item.Target.ObjectiveRef} asks {owner.Unit} to own it, or questions the KR.",
                keyResult.Origin,
                3.2);
        }
    }
}

using Throughline.Core.Diagnostics;

namespace Throughline.Core.Alignment;

/// <summary>
/// AL010: a company KR whose metric is moved (directly or through a driver) by KRs of two or more units, with no shared
/// objective among its contributions and no <c>contributors</c> on the company KR naming those units: an outcome that
/// needs cross-functional work nobody coordinates.
/// </summary>
internal static class CrossFunctionalRule
{
    public static IEnumerable<AlignmentFinding> Find(AlignmentContext context, IReadOnlyList<Coverage> coverage)
    {
        foreach (var item in coverage.Where(c => c.Target.IsKeyResult))
        {
            var moving = item.Contributions.Where(c => c.Kind != ContributionKind.Enabler).ToList();
            var units = moving.Select(c => c.Unit).Distinct(StringComparer.Ordinal).ToList();
            var keyResult = context.FindKeyResult(item.Target)!;
            if (units.Count < 2
                || item.Contributions.Any(c => context.FindObjective(c.Source)?.IsShared == true)
                || units.All(u => keyResult.Contributors.Contains(u, StringComparer.Ordinal)))
            {
                continue;
            }

            yield return new AlignmentFinding(
                "AL010", Severity.Info, item.Target.ToString(), units,
                $"Company KR {item.Target} \"{keyResult.Text}\" is moved by {units.Count} units ({string.Join(", ", units)}) and nothing coordinates them: an outcome that needs cross-functional work.",
                string.Join("; ", moving.Select(c => $"{c.Source} ({c.Unit}): {c.Reason}")),
                $"Make it a shared objective with {string.Join(", ", units)} as contributors, or list them as `contributors` of {item.Target} and review it together.",
                keyResult.Origin);
        }
    }
}

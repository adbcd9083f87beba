using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>
/// AL006: the same pair of units depends on each other across at least <see cref="MinDependencies"/> dependencies and
/// two key results (in either direction): an org-design signal that the ownership boundary cuts through the work.
/// </summary>
internal static class ChronicDependencyRule
{
    public const int MinDependencies = 3;

    public static IEnumerable<AlignmentFinding> Find(AlignmentContext context)
    {
        var pairs = context.Workspace.Dependencies
            .Where(d => d.KeyResult is null || context.FindKeyResult(d.KeyResult) is not null)
            .GroupBy(d => string.CompareOrdinal(d.From, d.On) < 0 ? (A: d.From, B: d.On) : (A: d.On, B: d.From));
        foreach (var pair in pairs.OrderBy(p => p.Key.A, StringComparer.Ordinal).ThenBy(p => p.Key.B, StringComparer.Ordinal))
        {
            var dependencies = pair.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
            var keyResults = dependencies.Select(d => d.KeyResult).OfType<OkrRef>().Distinct().ToList();
            if (dependencies.Count < MinDependencies || keyResults.Count < 2)
            {
                continue;
            }

            var (a, b) = pair.Key;
            var both = dependencies.Any(d => d.From == a) && dependencies.Any(d => d.From == b);
            var direction = both ? "in both directions" : $"all from {dependencies[0].From}";
            yield return new AlignmentFinding(
                "AL006", Severity.Warning, $"{a} <-> {b}", [a, b],
                $"{a} and {b} depend on each other across {dependencies.Count} dependencies and {keyResults.Count} KRs, {direction}: the ownership boundary between them cuts through the work.",
                string.Join("; ", dependencies.Select(d => $"{d.Id} {d.From} -> {d.On} for {d.KeyResult?.ToString() ?? "no KR"}: {d.Need}")),
                $"Give {a} and {b} one shared objective for the outcome these KRs serve ({string.Join(", ", keyResults)}), or move the boundary so one unit owns it end to end.",
                dependencies[0].Origin);
        }
    }
}

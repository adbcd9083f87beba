using Throughline.Core.Model;

namespace Throughline.Benchmarks;

/// <summary>
/// Adds a roadmap to a generated organisation: initiatives of 1-12 engineer-weeks owned by the units, each moving one to
/// three of its unit's KRs by 10-60% of their gap (some unestimated), about 15% depending on an earlier initiative
/// of the same unit, 8% orphans and 10% already shipped. Deterministic for a seed.
/// </summary>
internal static class RoadmapGenerator
{
    private static readonly string[] Verbs = ["Guided", "Self-serve", "Automated", "Faster", "Simpler", "Shared", "Instant"];
    private static readonly string[] Things = ["setup", "checkout", "reporting", "alerts", "onboarding", "exports", "search", "billing", "caching", "permissions"];

    public static OkrWorkspace WithRoadmap(OkrWorkspace workspace, int initiatives, int seed = 42)
    {
        var random = new Random(seed);
        var keyResults = workspace.ObjectivesIn(OrganisationGenerator.CurrentCycle)
            .SelectMany(o => o.KeyResults.Select(k => (Unit: o.Owner ?? o.Ref.Scope!, Kr: k)))
            .Where(p => p.Kr.Baseline is not null && p.Kr.EffectiveTarget is not null)
            .GroupBy(p => p.Unit)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Kr).ToList());
        var units = keyResults.Keys.Order(StringComparer.Ordinal).ToList();
        var list = new List<Initiative>();
        var byUnit = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 1; i <= initiatives; i++)
        {
            var unit = units[random.Next(units.Count)];
            var own = keyResults[unit];
            var id = $"INI-{i:D4}";
            var moves = random.NextDouble() < 0.08
                ? []
                : Enumerable.Range(0, 1 + random.Next(3)).Select(_ => own[random.Next(own.Count)]).DistinctBy(k => k.Ref).Select(k => new KrImpact
                {
                    KeyResult = k.Ref,
                    Expected = random.NextDouble() < 0.1 ? null : Math.Round((k.EffectiveTarget!.Value - k.Baseline!.Value) * (0.1 + (random.NextDouble() * 0.5)), 3),
                }).ToList();
            var earlier = byUnit.TryGetValue(unit, out var ids) ? ids : byUnit[unit] = [];
            list.Add(new Initiative
            {
                Id = id,
                Title = $"{Verbs[random.Next(Verbs.Length)]} {Things[random.Next(Things.Length)]} {i}",
                Unit = unit,
                Effort = 1 + random.Next(12),
                Status = random.NextDouble() < 0.1 ? InitiativeStatus.Shipped : InitiativeStatus.InProgress,
                ExpectedCompletion = new DateOnly(2026, 10, 16).AddDays(7 * random.Next(12)),
                Impacts = moves,
                DependsOn = earlier.Count > 0 && random.NextDouble() < 0.15 ? [earlier[random.Next(earlier.Count)]] : [],
            });
            earlier.Add(id);
        }

        return workspace with { Initiatives = list };
    }
}

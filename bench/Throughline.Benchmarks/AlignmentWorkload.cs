using Throughline.Core.Model;

namespace Throughline.Benchmarks;

/// <summary>
/// A generated organisation for the align/conflicts benchmarks: <see cref="OrganisationGenerator"/>'s units and OKRs plus
/// about two dependencies per team (deterministic), so the dependency rules have work to do.
/// </summary>
internal static class AlignmentWorkload
{
    public static OkrWorkspace Create(int units)
    {
        var workspace = OrganisationGenerator.Generate(OrganisationSpec.ForUnits(units));
        var random = new Random(units);
        var teams = workspace.Units.Where(u => u.Kind is not (UnitKind.Company or UnitKind.Department)).ToList();
        var keyResults = workspace.ObjectivesIn().Where(o => o.Level != ObjectiveLevel.Company).SelectMany(o => o.KeyResults).ToList();
        var dependencies = new List<Dependency>();
        for (var i = 0; i < teams.Count * 2 && keyResults.Count > 0; i++)
        {
            var keyResult = keyResults[random.Next(keyResults.Count)];
            var provider = teams[random.Next(teams.Count)];
            if (provider.Id == keyResult.Ref.Scope)
            {
                continue;
            }

            dependencies.Add(new Dependency
            {
                Id = $"dep-{i:D5}",
                From = keyResult.Ref.Scope!,
                On = provider.Id,
                KeyResult = keyResult.Ref,
                Need = "Query API change for the reporting pipeline",
                EngineerWeeks = random.Next(1, 5),
                NeededBy = new DateOnly(2026, 10, 16).AddDays(7 * random.Next(0, 10)),
                Agreed = random.Next(5) > 0,
            });
        }

        return workspace with { Dependencies = dependencies };
    }
}

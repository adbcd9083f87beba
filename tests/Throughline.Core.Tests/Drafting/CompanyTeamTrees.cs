using Throughline.Core.Model;

namespace Throughline.Core.Tests.Drafting;

/// <summary>The labelled company -> team trees of Data/company-team-trees.tsv: each team with the workspace the engine sees and the KRs it holds out.</summary>
internal static class CompanyTeamTrees
{
    public sealed record Team(string Organisation, string Id, string Area, IReadOnlyList<string> RealKeyResults, OkrWorkspace Workspace);

    public static IReadOnlyList<Team> Load(string file)
    {
        var path = Path.Join(RepoRoot(), "tests", "Throughline.Core.Tests", "Drafting", "Data", file);
        var rows = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var cycle = new Cycle { Id = "2026-Q1", Start = new DateOnly(2026, 1, 1), End = new DateOnly(2026, 3, 31) };
        var teams = new List<Team>();
        foreach (var org in rows.Select(r => r[1]).Distinct(StringComparer.Ordinal))
        {
            var objectives = rows.Where(r => r[0] == "company" && r[1] == org).GroupBy(r => r[2]).Select((g, i) => new Objective
            {
                Ref = OkrRef.ForObjective(org, g.Key),
                Title = g.First()[3],
                Cycle = cycle.Id,
                Level = ObjectiveLevel.Company,
                Owner = org,
                Order = i + 1,
                KeyResults = [.. g.Select((r, k) => new KeyResult { Ref = OkrRef.ForKeyResult(org, g.Key, $"KR{k + 1}"), Text = r[4] })],
            }).ToList();
            foreach (var row in rows.Where(r => r[0] == "team" && r[1] == org))
            {
                var unit = new OrgUnit { Id = row[2], Name = row[2], Kind = UnitKind.ProductTeam, Parent = org, Area = row[3] };
                var workspace = new OkrWorkspace
                {
                    Organisation = org,
                    CurrentCycle = cycle.Id,
                    Cycles = [cycle],
                    Units = [new OrgUnit { Id = org, Name = org, Kind = UnitKind.Company }, unit],
                    Objectives = objectives,
                };
                teams.Add(new Team(org, row[2], row[3], row[4].Split(" | "), workspace));
            }
        }

        return teams;
    }

    private static string RepoRoot() =>
        typeof(CompanyTeamTrees).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
}

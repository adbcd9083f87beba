using System.Reflection;
using Throughline.Core.Alignment;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Xunit.Abstractions;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Alignment;

/// <summary>
/// Line of sight on trees the finder was not tuned on (<c>Data/parent-trees-blind.tsv</c>: five organisations,
/// every team KR's true parent labelled by hand before the finder ran): with every link removed, is the true
/// parent among the top 3 inferred candidates? The issue's bar is 80%; the floors below guard measured figures.
/// Batch 1 was first measured at 12 of 28 (43%); shared words for every KR gave 19 of 28, and the knowledge base's
/// new payment, risk, collections and engagement levers 26 of 28 (93%) — tuned on it, so no longer blind. Batch 2,
/// written after those changes, first measured 12 of 22 (55%): most misses got no candidate at all, because the
/// team's metric (zero-result searches, attach rate, cache hit rate) relates to no company metric and one shared word
/// was not enough. With one shared word enough for any metric: 16 of 22. Batch 3, written after that change and
/// measured once: 13 of 19 (68%). Batch 4, written after the knowledge base gained commerce and operations levers,
/// measured once: 10 of 20 (50%), with the true parent's objective in the top 3 for 14 of 20 (13 of 20 once sibling
/// KRs of the best candidate's objective joined the suggestions). Batch 5, written after that change and measured
/// once: 15 of 19 (79%). The family layer (families.json: what each family is about in words, and which families
/// it usually moves) then connected KRs no metric or word relates ("contacts resolved in the app" to NPS): batches 6
/// and 7, written blind while it was built, first measured 73% and 77%; batch 8, after function words were ignored,
/// 69% (its objective 88%); batches 9 and 10, 69% and 84%; batches 11 and 12, after levers' cues became family cues
/// too, 76% and 73%; batches 13 to 16, 73%, 83%, 77% and 70%. Batches 17 and 18, written after the metric matcher
/// stopped reading verbs and populations as metrics ("Install 40,000 smart meters", "80% of app users") and a shared
/// specific word came to outweigh a broad family (theme weight 0.3, tuned on batches 1-16: 331 to 339 of 408), first
/// measured 70% and 67% (the old weight would have given 67% and 63%); batches 19 and 20, after the import and parser
/// work of the same session, 80% and 67%; batches 21 and 22, with no change to the finder since, 80% and 73%. First
/// measurements on fresh trees so far: 43%, 55%, 68%, 50%, 79%, 73%, 77%, 69%, 69%, 84%, 76%, 73%, 73%, 83%, 77%, 70%,
/// 70%, 67%, 80%, 67%, 80%, 73% (the last seventeen together 356 of 480, 74%): short of the 80% bar. The team's
/// name then joined its objective's title as words the KR is read with ("claims-cost", "patient-access"; words of the
/// organisation's own name left out): batches 6-22 went from 371 to 387 of 480 (81%), all twenty-two from 471 to 486
/// of 588; tuned on all of them, so no batch is fresh for it. Batches 23 and 24, written after that change and
/// measured once: 90% and 67% (47 of 60, 78%). First measurements on fresh trees, batches 6-24 together: 403 of 540
/// (75%). The test reports every miss with the true parent's rank and the reason of the top three.
/// </summary>
public sealed class ParentAccuracyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("parent-trees-blind.tsv", 0.9)]
    [InlineData("parent-trees-blind-2.tsv", 0.85)]
    [InlineData("parent-trees-blind-3.tsv", 0.7)]
    [InlineData("parent-trees-blind-4.tsv", 0.6)]
    [InlineData("parent-trees-blind-5.tsv", 0.75)]
    [InlineData("parent-trees-blind-6.tsv", 0.75)]
    [InlineData("parent-trees-blind-7.tsv", 0.8)]
    [InlineData("parent-trees-blind-8.tsv", 0.75)]
    [InlineData("parent-trees-blind-9.tsv", 0.65)]
    [InlineData("parent-trees-blind-10.tsv", 0.75)]
    [InlineData("parent-trees-blind-11.tsv", 0.75)]
    [InlineData("parent-trees-blind-12.tsv", 0.7)]
    [InlineData("parent-trees-blind-13.tsv", 0.7)]
    [InlineData("parent-trees-blind-14.tsv", 0.8)]
    [InlineData("parent-trees-blind-15.tsv", 0.75)]
    [InlineData("parent-trees-blind-16.tsv", 0.65)]
    [InlineData("parent-trees-blind-17.tsv", 0.65)]
    [InlineData("parent-trees-blind-18.tsv", 0.6)]
    [InlineData("parent-trees-blind-19.tsv", 0.75)]
    [InlineData("parent-trees-blind-20.tsv", 0.6)]
    [InlineData("parent-trees-blind-21.tsv", 0.75)]
    [InlineData("parent-trees-blind-22.tsv", 0.7)]
    [InlineData("parent-trees-blind-23.tsv", 0.85)]
    [InlineData("parent-trees-blind-24.tsv", 0.65)]
    public void InferredCandidates_PutTheTrueParentInTheTopThree(string file, double floor)
    {
        var rows = File.ReadAllLines(Path.Join(RepoRoot(), "tests", "Throughline.Core.Tests", "Alignment", "Data", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        var (cases, hits, objectiveHits) = (0, 0, 0);
        var misses = new List<string>();
        foreach (var org in rows.GroupBy(r => r[1]))
        {
            var company = org.Where(r => r[0] == "company")
                .GroupBy(r => (Id: r[2], Title: r[3]))
                .Select(g => Obj(org.Key, g.Key.Id, g.Key.Title, [.. g.Select(r => Kr(org.Key, g.Key.Id, r[4], r[5]))]) with { Level = ObjectiveLevel.Company })
                .ToList();
            var teamRows = org.Where(r => r[0] == "team").ToList();
            var team = teamRows
                .GroupBy(r => (Unit: r[2], Title: r[3]))
                .Select(g => Obj(g.Key.Unit, "O1", g.Key.Title, [.. g.Select((r, i) => Kr(g.Key.Unit, "O1", $"KR{i + 1}", r[4]))]))
                .ToList();
            var units = new List<OrgUnit> { new() { Id = org.Key, Name = org.Key, Kind = UnitKind.Company } };
            units.AddRange(team.Select(o => o.Ref.Scope!).Distinct().Select(u => new OrgUnit { Id = u, Name = u, Kind = UnitKind.ProductTeam, Parent = org.Key }));
            var workspace = Workspace([.. company, .. team]) with { Units = units, Organisation = org.Key };
            var finder = new CandidateFinder(AlignmentContext.Create(workspace, KnowledgeBase.BuiltIn));
            foreach (var objective in team)
            {
                foreach (var kr in objective.KeyResults)
                {
                    var truth = teamRows.Single(r => r[2] == objective.Ref.Scope && r[4] == kr.Text)[5];
                    var parent = OkrRef.TryParse($"{org.Key}/{truth}", out var p) ? p : throw new InvalidDataException(truth);
                    var all = finder.For(kr, objective, 50);
                    var top = all.Take(3).Select(c => c.Target).ToList();
                    cases++;
                    objectiveHits += top.Any(t => t.ObjectiveRef == parent.ObjectiveRef) ? 1 : 0;
                    if (top.Any(t => t == parent || (!parent.IsKeyResult && t.ObjectiveRef == parent)))
                    {
                        hits++;
                    }
                    else
                    {
                        var rank = all.ToList().FindIndex(c => c.Target == parent || (!parent.IsKeyResult && c.Target.ObjectiveRef == parent));
                        misses.Add($"{kr.Text} -> {parent} (rank {(rank < 0 ? "none" : (rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}" +
                            $"{(rank < 0 ? string.Empty : ": " + all[rank].Reason)}); top 3: {string.Join("; ", all.Take(3).Select(c => $"{c.Target} {c.Score} {c.Reason}"))}");
                    }
                }
            }
        }

        var report = $"true parent in the top 3 for {hits} of {cases} team KRs ({(double)hits / cases:P0}); its objective for {objectiveHits}; missed:\n  {string.Join("\n  ", misses)}";
        output.WriteLine(report);
        Assert.True(cases >= 15, report);
        Assert.True(hits >= floor * cases, report);
    }

    private static string RepoRoot() =>
        typeof(ParentAccuracyTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
}

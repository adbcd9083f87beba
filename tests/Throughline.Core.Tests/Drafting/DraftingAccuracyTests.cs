using Throughline.Core.Drafting;
using Throughline.Core.Knowledge;
using Xunit.Abstractions;

namespace Throughline.Core.Tests.Drafting;

/// <summary>
/// Held-out accuracy of the offline drafting engine ("Done when" of issue 7): on company -> team trees of other
/// organisations, the draft for a team proposes a KR in the same metric family as one the team really chose at
/// least 60% of the time. The engine sees the company OKRs and the team's area only.
/// </summary>
public sealed class DraftingAccuracyTests(ITestOutputHelper output)
{
    private const double Threshold = 0.60;

    [Theory]
    [InlineData("company-team-trees.tsv", 30)]
    [InlineData("company-team-trees-blind.tsv", 15)]
    public void Draft_HeldOutTrees_HitsARealTeamMetricFamilyAtLeast60PercentOfTheTime(string file, int minimumTeams)
    {
        var knowledge = KnowledgeBase.BuiltIn;
        var scored = 0;
        var hits = 0;
        foreach (var team in CompanyTeamTrees.Load(file))
        {
            var real = team.RealKeyResults.Select(t => knowledge.Match(t)?.Metric.Family).OfType<MetricFamily>().ToHashSet();
            if (real.Count == 0)
            {
                output.WriteLine($"skip {team.Organisation}/{team.Id}: no real KR names a known metric");
                continue;
            }

            var draft = TeamDrafter.Draft(team.Workspace, knowledge, team.Id);
            var drafted = draft.Objectives.SelectMany(o => o.KeyResults)
                .Select(k => (knowledge.Find(k.KeyResult.Metric!) ?? knowledge.Match(k.KeyResult.Metric)?.Metric)?.Family)
                .OfType<MetricFamily>().ToHashSet();
            var hit = drafted.Overlaps(real);
            scored++;
            hits += hit ? 1 : 0;
            output.WriteLine($"{(hit ? "hit " : "miss")} {team.Organisation}/{team.Id}: drafted [{string.Join(", ", drafted.Order())}] real [{string.Join(", ", real.Order())}]");
        }

        var rate = (double)hits / scored;
        output.WriteLine($"{file}: family hit rate {hits}/{scored} = {rate:P0}");
        Assert.True(scored >= minimumTeams, $"only {scored} teams could be scored");
        Assert.True(rate >= Threshold, $"family hit rate {hits}/{scored} = {rate:P0} is below {Threshold:P0}");
    }
}

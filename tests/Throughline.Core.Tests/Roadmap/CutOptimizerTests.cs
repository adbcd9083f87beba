using Throughline.Core.Roadmap.Cut;

namespace Throughline.Core.Tests.Roadmap;

public sealed class CutOptimizerTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_SmallRandomRoadmap_MatchesBruteForceOptimum(int seed)
    {
        var problem = RandomProblem(new Random(seed), items: 4 + (seed % 9), keyResults: 2 + (seed % 4));

        var solution = CutOptimizer.Solve(problem);
        var best = BruteForce(problem);

        Assert.True(solution.Optimal);
        Assert.True(problem.IsFeasible(solution.Kept), "the optimiser's answer breaks the budget or a dependency");
        Assert.Equal(best, solution.Value, 9);
        Assert.Equal(problem.ValueOf(solution.Kept), solution.Value, 9);
    }

    [Fact]
    public void Solve_KeptDependantForcesItsPrerequisiteToStay()
    {
        // Item 1 is worth a lot but needs item 0 (worth nothing, effort 4); budget 6 fits both but not item 2 too.
        var problem = new CutProblem(
            [
                new CutItem(4, [], []),
                new CutItem(2, [(0, 1.0)], [0]),
                new CutItem(3, [(1, 0.3)], []),
            ],
            [1, 1],
            [0, 0],
            Budget: 6);

        var solution = CutOptimizer.Solve(problem);

        Assert.Equal([true, true, false], solution.Kept);
    }

    [Fact]
    public void Solve_GapAlreadyClosed_PrefersWorkOnAnOpenGap()
    {
        // KR0 is already at its target from shipped work: more on it is worth only BeyondGap per unit.
        var problem = new CutProblem(
            [new CutItem(5, [(0, 0.6)], []), new CutItem(5, [(1, 0.4)], [])],
            [1, 1],
            [1.0, 0],
            Budget: 5);

        var solution = CutOptimizer.Solve(problem);

        Assert.Equal([false, true], solution.Kept);
        Assert.Equal(0.4, solution.Value, 9);
    }

    [Fact]
    public void Solve_TinyNodeBudget_ReturnsFeasibleAnswerWithHonestBound()
    {
        var problem = RandomProblem(new Random(7), items: 60, keyResults: 12);

        var solution = CutOptimizer.Solve(problem, maxNodes: 50);

        Assert.False(solution.Optimal);
        Assert.True(problem.IsFeasible(solution.Kept));
        Assert.True(solution.UpperBound >= solution.Value);
        Assert.True(CutOptimizer.Solve(problem).Value <= solution.UpperBound + 1e-9);
    }

    private static CutProblem RandomProblem(Random random, int items, int keyResults)
    {
        var list = new List<CutItem>();
        for (var i = 0; i < items; i++)
        {
            var contributions = Enumerable.Range(0, keyResults)
                .Where(_ => random.NextDouble() < 0.35)
                .Select(k => (k, Math.Round((random.NextDouble() * 0.9) - 0.1, 2)))
                .ToList();
            var prerequisites = i > 0 && random.NextDouble() < 0.3 ? new[] { random.Next(i) } : [];
            list.Add(new CutItem(random.Next(0, 9), contributions, prerequisites));
        }

        var total = list.Sum(i => i.Effort);
        return new CutProblem(
            list,
            [.. Enumerable.Range(0, keyResults).Select(_ => Math.Round(0.25 + random.NextDouble(), 2))],
            [.. Enumerable.Range(0, keyResults).Select(_ => random.NextDouble() < 0.2 ? 0.8 : 0)],
            Budget: Math.Floor(total * 0.7));
    }

    private static double BruteForce(CutProblem problem)
    {
        var n = problem.Items.Count;
        var best = 0.0;
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var kept = Enumerable.Range(0, n).Select(i => (mask & (1 << i)) != 0).ToArray();
            if (problem.IsFeasible(kept))
            {
                best = Math.Max(best, problem.ValueOf(kept));
            }
        }

        return best;
    }
}

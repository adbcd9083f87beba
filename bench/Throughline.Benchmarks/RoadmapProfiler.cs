using System.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Core.Roadmap;

namespace Throughline.Benchmarks;

/// <summary><c>--roadmap</c>: one timed run of the audit with a 30% cut, with the optimiser's node count and whether it proved optimality.</summary>
internal static class RoadmapProfiler
{
    public static void Run(OrganisationSpec spec, int initiatives)
    {
        var workspace = RoadmapGenerator.WithRoadmap(OrganisationGenerator.Generate(spec), initiatives);
        var krs = workspace.KeyResults.Count();
        for (var run = 1; run <= 3; run++)
        {
            var audit = Stopwatch.StartNew();
            _ = RoadmapAudit.Run(workspace, KnowledgeBase.BuiltIn, OrganisationGenerator.CurrentCycle);
            audit.Stop();
            var clock = Stopwatch.StartNew();
            var report = RoadmapAudit.Run(workspace, KnowledgeBase.BuiltIn, OrganisationGenerator.CurrentCycle, 0.3);
            clock.Stop();
            var cut = report.Cut!;
            Console.WriteLine(
                $"run {run}: {krs} KRs, {initiatives} initiatives: {clock.Elapsed.TotalMilliseconds:0} ms with the cut ({audit.Elapsed.TotalMilliseconds:0} ms without); open effort {cut.OpenEffort}, kept {cut.KeptEffort} (budget {cut.Budget:0.#}), " +
                $"{cut.Cuts.Count} cut, value kept {cut.ValueKeptShare:P1}, bound gap {(cut.UpperBound - cut.ValueKept) / Math.Max(1e-9, cut.ValueKept):P2}, optimal {cut.Optimal}, {cut.Nodes} nodes");
        }
    }
}

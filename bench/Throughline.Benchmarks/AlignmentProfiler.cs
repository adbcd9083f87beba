using System.Diagnostics;
using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;
using Throughline.Core.Knowledge;

namespace Throughline.Benchmarks;

/// <summary>
/// <c>--profile-align [--units N]</c>: a quick scaling check, not a benchmark. Times align and conflicts (best of three)
/// on N and 2N units and prints the ratio, the number the issue asks for ("doubling costs at most 2.2x"). CPU time is
/// printed too: on a shared machine it is steadier than wall time. So is what the garbage collector did: its pauses, gen-2
/// collections and the bytes allocated.
/// </summary>
internal static class AlignmentProfiler
{
    public static void Run(int units)
    {
        var times = new List<double>();
        var cpuTimes = new List<double>();
        foreach (var size in new[] { units, units * 2 })
        {
            var workspace = AlignmentWorkload.Create(size);
            var keyResults = workspace.KeyResults.Count();
            ConflictAnalysis.Run(AlignmentContext.Create(workspace, KnowledgeBase.BuiltIn, OrganisationGenerator.CurrentCycle)); // warm-up (JIT)
            AlignmentAnalysis.Run(workspace, KnowledgeBase.BuiltIn, OrganisationGenerator.CurrentCycle);
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            var found = "";
            var phases = (Context: double.MaxValue, Align: double.MaxValue, Conflicts: double.MaxValue);
            var collector = (Pause: double.MaxValue, Gen2: 0, Allocated: 0L);
            for (var run = 0; run < 3; run++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var (pause, gen2, allocated) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
                var clock = Stopwatch.StartNew();
                var context = AlignmentContext.Create(workspace, KnowledgeBase.BuiltIn, OrganisationGenerator.CurrentCycle);
                var afterContext = clock.Elapsed.TotalSeconds;
                var align = AlignmentAnalysis.Run(context);
                var afterAlign = clock.Elapsed.TotalSeconds;
                var conflicts = ConflictAnalysis.Run(context);
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
                phases = (Math.Min(phases.Context, afterContext), Math.Min(phases.Align, afterAlign - afterContext), Math.Min(phases.Conflicts, clock.Elapsed.TotalSeconds - afterAlign));
                bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
                if ((GC.GetTotalPauseDuration() - pause).TotalSeconds < collector.Pause)
                {
                    collector = ((GC.GetTotalPauseDuration() - pause).TotalSeconds, GC.CollectionCount(2) - gen2, GC.GetTotalAllocatedBytes() - allocated);
                }

                found = $"{align.LineOfSight.Count} line-of-sight rows, {align.Findings.Count} findings ({string.Join(" ", align.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}), {conflicts.Conflicts.Count} conflicts: "
                    + string.Join(", ", conflicts.Conflicts.GroupBy(c => c.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            }

            times.Add(best);
            cpuTimes.Add(bestCpu);
            Console.WriteLine($"{size,6} units, {keyResults,6} KRs, {workspace.Dependencies.Count,5} dependencies: align + conflicts {best:0.00} s wall, {bestCpu:0.00} s CPU ({found})");
            Console.WriteLine($"        best phases: context {phases.Context:0.00} s, align {phases.Align:0.00} s, conflicts {phases.Conflicts:0.00} s");
            Console.WriteLine($"        garbage collector (least-paused run): {collector.Pause:0.00} s paused, {collector.Gen2} gen-2 collections, {collector.Allocated / 1e6:0} MB allocated");
        }

        Console.WriteLine($"doubling the organisation costs {times[1] / times[0]:0.00}x wall time, {cpuTimes[1] / cpuTimes[0]:0.00}x CPU time");
    }
}

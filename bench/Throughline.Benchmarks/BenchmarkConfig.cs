using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Throughline.Benchmarks;

/// <summary>
/// Runs in process (no generated project to build, so it works under any <c>--artifacts-path</c>), with a short fixed
/// job: the measured operations take milliseconds to seconds, so ten iterations give a stable mean.
/// </summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(10)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
        // Min and median next to the mean: on a shared 2-core machine other processes inflate the mean first.
        AddColumn(StatisticColumn.Min, StatisticColumn.Median);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

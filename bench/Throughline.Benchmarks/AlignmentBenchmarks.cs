using BenchmarkDotNet.Attributes;
using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Benchmarks;

/// <summary>
/// <c>throughline align</c> and <c>throughline conflicts</c> (one shared context each, as the commands run them) over a
/// generated organisation of 1,000, 2,000 and 4,000 units (about 12 key results per unit).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class AlignmentBenchmarks
{
    private OkrWorkspace _workspace = null!;

    [Params(1_000, 2_000, 4_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup() => _workspace = AlignmentWorkload.Create(Units);

    [Benchmark(Baseline = true)]
    public int Align() => AlignmentAnalysis.Run(_workspace, KnowledgeBase.BuiltIn, OrganisationGenerator.CurrentCycle).Findings.Count;

    [Benchmark]
    public int Conflicts() => ConflictAnalysis.Run(_workspace, KnowledgeBase.BuiltIn, OrganisationGenerator.CurrentCycle).Conflicts.Count;
}

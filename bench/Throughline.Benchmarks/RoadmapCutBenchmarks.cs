using BenchmarkDotNet.Attributes;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Roadmap;

namespace Throughline.Benchmarks;

/// <summary>
/// <c>throughline roadmap --cut 30%</c> in process: the whole audit plus the exact cut, over a generated organisation
/// of 6,000 key results with a roadmap of 500 and 2,000 initiatives (the target: 2,000 in under 2 seconds).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class RoadmapCutBenchmarks
{
    private OkrWorkspace _workspace = null!;

    [Params(500, 2_000)]
    public int Initiatives { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _workspace = RoadmapGenerator.WithRoadmap(OrganisationGenerator.Generate(OrganisationSpec.ForKeyResults(6_000)), Initiatives);

    [Benchmark]
    public int AuditWithCut() => RoadmapAudit.Run(_workspace, KnowledgeBase.BuiltIn, OrganisationGenerator.CurrentCycle, 0.3).Cut!.Cuts.Count;
}

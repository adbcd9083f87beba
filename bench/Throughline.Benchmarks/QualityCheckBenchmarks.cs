using BenchmarkDotNet.Attributes;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rules;

namespace Throughline.Benchmarks;

/// <summary>
/// The quality review (all rules plus scores, what <c>throughline check</c> runs) and the bare rule pass, over a generated
/// organisation of 5,000, 20,000 and 40,000 key results.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class QualityCheckBenchmarks
{
    private OkrWorkspace _workspace = null!;

    [Params(5_000, 20_000, 40_000)]
    public int KeyResults { get; set; }

    [GlobalSetup]
    public void Setup() => _workspace = OrganisationGenerator.Generate(OrganisationSpec.ForKeyResults(KeyResults));

    [Benchmark(Baseline = true)]
    public int QualityReviewRun() => QualityReview.Run(_workspace, KnowledgeBase.BuiltIn, OrganisationGenerator.CurrentCycle).Findings.Count;

    [Benchmark]
    public int QualityCheckRun() => QualityCheck.Run(_workspace, KnowledgeBase.BuiltIn, OrganisationGenerator.CurrentCycle).Count;
}

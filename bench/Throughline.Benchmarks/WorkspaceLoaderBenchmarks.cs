using System.Globalization;
using BenchmarkDotNet.Attributes;
using Throughline.Workspace.Loading;

namespace Throughline.Benchmarks;

/// <summary>Loading (reading, parsing KR text, validating) the written 20,000-KR workspace from disk.</summary>
[Config(typeof(BenchmarkConfig))]
public class WorkspaceLoaderBenchmarks
{
    private string _folder = "";

    [Params(20_000)]
    public int KeyResults { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Join(Path.GetTempPath(), "throughline-bench-" + KeyResults.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        OrganisationGenerator.Write(OrganisationGenerator.Generate(OrganisationSpec.ForKeyResults(KeyResults)), _folder);
        var check = WorkspaceLoader.Load(_folder);
        if (check.HasErrors)
        {
            throw new InvalidOperationException("the generated workspace does not load: " + check.Diagnostics.First(d => d.Severity == Throughline.Core.Diagnostics.Severity.Error));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int WorkspaceLoaderLoad() => WorkspaceLoader.Load(_folder).Workspace!.Objectives.Count;
}

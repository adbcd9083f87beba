using Throughline.Core.Knowledge;
using Throughline.Core.Quality.Classification;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Tests.Quality;

/// <summary>The classifier on the sample workspace's real-looking KRs: the planted output KRs (PLANTED.md P01-P05) and no others.</summary>
public sealed class SampleClassificationTests
{
    private static readonly string[] PlantedOutputs =
    [
        "enterprise/O1-KR1", "customer-success/O1-KR4", "collaboration/O2-KR1", "enterprise/O1-KR2", "reporting/O2-KR1",
    ];

    [Fact]
    public void Classify_SampleCurrentCycle_FindsEveryPlantedOutputKr()
    {
        var workspace = WorkspaceLoader.Load(RepoPaths.Acme).Workspace!;

        var kinds = workspace.ObjectivesIn().SelectMany(o => o.KeyResults)
            .ToDictionary(k => k.Ref.ToString(), k => KrClassifier.Classify(k.Text, KnowledgeBase.BuiltIn).Kind);

        foreach (var planted in PlantedOutputs)
        {
            Assert.True(kinds[planted] == KrKind.Output, $"{planted} should be an output, was {kinds[planted]}");
        }

        // RAT-style KRs are tests of an assumption, judged by their pass/fail threshold rather than as outcome or output.
        var rats = workspace.ObjectivesIn().SelectMany(o => o.KeyResults).Where(k => k.IsRat).Select(k => k.Ref.ToString()).ToHashSet();
        var otherOutputs = kinds.Where(k => k.Value != KrKind.Outcome && !PlantedOutputs.Contains(k.Key) && !rats.Contains(k.Key)).Select(k => $"{k.Key}={k.Value}").ToList();
        Assert.True(otherOutputs.Count == 0, "un-planted KRs classified as output or mixed: " + string.Join(", ", otherOutputs));
        Assert.Equal(2, rats.Count);
    }
}

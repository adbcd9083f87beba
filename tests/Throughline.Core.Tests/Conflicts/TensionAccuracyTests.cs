using System.Globalization;
using System.Reflection;
using Throughline.Core.Conflicts;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Xunit.Abstractions;
using Throughline.Labelled;

namespace Throughline.Core.Tests.Conflicts;

/// <summary>
/// Metric tensions on organisations the rule was not tuned on (<c>Data/tensions-blind*.tsv</c>): units with their
/// departments, company and team OKRs with their links, and every pair of team KRs that trades off labelled by hand
/// ("yes"; arguable pairs "maybe", left out of both figures) before the analysis ran. Any pair not labelled is claimed to
/// be no tension. The issue's bar is 85% recall and 70% precision; the floors below guard measured figures, and the
/// first measurement of each batch is recorded in its header. First measurements (recall / precision): batch 1, with
/// knowledge-base metric pairs only, 0%; after lever tensions: batch 2 26% / 33%, batch 3 5% / 12%, batch 4 5% / 9%,
/// batch 5 18% / 30%; after head nouns and MeetingPlaces, batch 6 6% / 17%, batch 7 0% / 0%, batch 8 0% / 0%;
/// batch 9 18% / 20%, batch 10 20% / 33%; after levers read from a KR's shape, batch 11 21% / 15%; after the
/// friction lever and organisation-wide meetings, batch 12 7% / 9%; after the metric matcher stopped reading verbs
/// and populations as metrics, batches 13 and 14 0% / 0% and 8% / 8%; batch 15 (7 clear tensions among 19 arguable
/// ones) 0 of 7 / 0 of 16. On all fifteen: 57 of 277 (21%), 57 of 267 (21%). The same figures, and with <c>--llm</c>
/// a configured model's judgement (CF011), come from <c>dotnet run -c Release --project bench/Throughline.Benchmarks --
/// --tension-accuracy tests/Throughline.Core.Tests/Conflicts/Data/tensions-blind-*.tsv</c>.
/// Only 3% of cross-team pairs in these organisations are labelled tensions, and a shared word marks 38% of them but
/// only 5% of the pairs that share one. The
/// levers, tuned on batches 1-5, reach 5-62% recall and 9-42% precision there and do not carry to fresh text: far short
/// of the bar. Set THROUGHLINE_TENSION_READINGS=1 to print the lever each team KR was read as.
/// </summary>
public sealed class TensionAccuracyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("tensions-blind-1.tsv", 0.6, 0.35)]
    [InlineData("tensions-blind-2.tsv", 0.5, 0.3)]
    [InlineData("tensions-blind-3.tsv", 0.2, 0.2)]
    [InlineData("tensions-blind-4.tsv", 0.05, 0.05)]
    [InlineData("tensions-blind-5.tsv", 0.2, 0.4)]
    [InlineData("tensions-blind-6.tsv", 0.15, 0.3)]
    [InlineData("tensions-blind-7.tsv", 0.05, 0.1)]
    [InlineData("tensions-blind-8.tsv", 0.05, 0.05)]
    [InlineData("tensions-blind-9.tsv", 0.25, 0.2)]
    [InlineData("tensions-blind-10.tsv", 0.1, 0.2)]
    [InlineData("tensions-blind-11.tsv", 0.2, 0.15)]
    [InlineData("tensions-blind-12.tsv", 0.05, 0.05)]
    [InlineData("tensions-blind-13.tsv", 0, 0)]
    [InlineData("tensions-blind-14.tsv", 0.05, 0.05)]
    [InlineData("tensions-blind-15.tsv", 0, 0)]
    public void MetricTensions_AreFoundWithTheirLabels(string file, double recallFloor, double precisionFloor)
    {
        var batch = LabelledTensionBatch.Parse(File.ReadAllLines(Path.Join(RepoRoot(), "tests", "Throughline.Core.Tests", "Conflicts", "Data", file)));
        var (labelled, found, truePositives) = (0, 0, 0);
        var missed = new List<string>();
        var wrong = new List<string>();
        foreach (var org in batch.Organisations)
        {
            var workspace = org.Workspace;
            var reported = ConflictAnalysis.Run(workspace, KnowledgeBase.BuiltIn).Conflicts
                .Where(c => c.Type == ConflictType.MetricTension)
                .Where(c => c.B is not null)
                .GroupBy(c => LabelledTensionBatch.Pair(c.A, c.B!))
                .ToDictionary(g => g.Key, g => g.First());
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("THROUGHLINE_TENSION_READINGS")))
            {
                var reader = new LeverReader(KnowledgeBase.BuiltIn);
                foreach (var objective in workspace.Objectives.Where(o => o.Level != ObjectiveLevel.Company))
                {
                    foreach (var kr in objective.KeyResults)
                    {
                        var reading = reader.Read(kr);
                        output.WriteLine($"  {kr.Ref} [{kr.Metric}] {kr.Direction} {kr.MeasureUnit} => {reading?.Lever.Id} ({reading?.Cue}) subject {string.Join(",", reading?.Subject ?? [])} supports {string.Join(",", objective.Supports.Select(l => l.Target))} parent {workspace.Units.FirstOrDefault(u => u.Id == objective.Ref.Scope)?.Parent}");
                    }
                }
            }

            var (hits, yes, reportedCount) = LabelledTensionBatch.Score(org, reported.Keys);
            (truePositives, labelled, found) = (truePositives + hits, labelled + yes, found + reportedCount);
            missed.AddRange(org.Yes.Where(y => !reported.ContainsKey(y.Key)).Select(y => $"{org.Name}: {y.Key} ({y.Value})"));
            wrong.AddRange(reported.Where(r => !org.Maybe.Contains(r.Key) && !org.Yes.ContainsKey(r.Key)).Select(r => $"{org.Name}: {r.Key}: {r.Value.Rationale}"));
        }

        var recall = labelled == 0 ? 0 : (double)truePositives / labelled;
        var precision = found == 0 ? 0 : (double)truePositives / found;
        var report = string.Create(CultureInfo.InvariantCulture, $"recall {truePositives}/{labelled} = {recall:P0}; precision {truePositives}/{found} = {precision:P0}\nmissed:\n  {string.Join("\n  ", missed)}\nnot labelled:\n  {string.Join("\n  ", wrong)}");
        output.WriteLine(report);
        Assert.True(labelled >= 5, report);
        Assert.True(recall >= recallFloor, report);
        Assert.True(precision >= precisionFloor, report);
    }

    private static string RepoRoot() =>
        typeof(TensionAccuracyTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
}

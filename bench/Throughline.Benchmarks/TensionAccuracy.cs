using System.Globalization;
using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;
using Throughline.Core.Knowledge;
using Throughline.Labelled;
using Throughline.Llm;
using Throughline.Llm.Conflicts;

namespace Throughline.Benchmarks;

/// <summary>
/// <c>--tension-accuracy FILE... [--llm]</c>: recall and precision of metric tensions on labelled batches
/// (<c>tests/Throughline.Core.Tests/Conflicts/Data/tensions-blind*.tsv</c>), for the rules alone and, with <c>--llm</c>,
/// for the rules plus the tensions a configured model judges (CF011) and for those judged tensions alone. "maybe" pairs
/// count neither way.
/// </summary>
internal static class TensionAccuracy
{
    public static int Run(IReadOnlyList<string> args)
    {
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var withLlm = args.Contains("--llm");
        if (files.Count == 0)
        {
            Console.Error.WriteLine("usage: --tension-accuracy FILE... [--llm]   (e.g. tests/Throughline.Core.Tests/Conflicts/Data/tensions-blind-*.tsv)");
            return 2;
        }

        LlmSettings? settings = null;
        if (withLlm && (settings = LlmSettings.TryFrom(Environment.GetEnvironmentVariable, File.ReadAllText, out var problem)) is null)
        {
            Console.Error.WriteLine(problem.Length > 0 ? $"--llm: {problem}" : $"--llm: set {LlmSettings.EndpointVariable} and {LlmSettings.ModelVariable}, or {LlmSettings.ConfigVariable}");
            return 2;
        }

        using var client = settings is null ? null : LlmClientFactory.Create(settings);
        var judge = settings is null ? null : new LlmTensionJudge(client!, settings);
        var (rules, combined, judged) = (new Tally(), new Tally(), new Tally());
        foreach (var file in files)
        {
            var batch = LabelledTensionBatch.Parse(File.ReadAllLines(file));
            var (fileRules, fileCombined, fileJudged) = (new Tally(), new Tally(), new Tally());
            foreach (var organisation in batch.Organisations)
            {
                var context = AlignmentContext.Create(organisation.Workspace, KnowledgeBase.BuiltIn);
                var offline = ConflictAnalysis.Run(context);
                fileRules.Add(LabelledTensionBatch.Score(organisation, Pairs(offline.Conflicts)));
                if (judge is not null)
                {
                    var result = judge.JudgeAsync(context, offline).GetAwaiter().GetResult();
                    Console.Error.WriteLine($"  {organisation.Name}: {result.Note}");
                    fileCombined.Add(LabelledTensionBatch.Score(organisation, Pairs(result.Report.Conflicts)));
                    fileJudged.Add(LabelledTensionBatch.Score(organisation, Pairs(result.Report.Conflicts.Where(c => c.RuleId == "CF011"))));
                }
            }

            Console.WriteLine($"{Path.GetFileName(file)}: rules {fileRules}" + (judge is null ? string.Empty : $"; rules + LLM {fileCombined}; LLM alone {fileJudged}"));
            (rules, combined, judged) = (rules.Plus(fileRules), combined.Plus(fileCombined), judged.Plus(fileJudged));
        }

        Console.WriteLine($"all: rules {rules}" + (judge is null ? string.Empty : $"; rules + LLM {combined}; LLM alone {judged}"));
        return 0;
    }

    private static IEnumerable<string> Pairs(IEnumerable<Conflict> conflicts) => conflicts
        .Where(c => c.Type == ConflictType.MetricTension && c.B is not null)
        .Select(c => LabelledTensionBatch.Pair(c.A, c.B!))
        .Distinct(StringComparer.Ordinal);

    private sealed class Tally
    {
        private int _hits;
        private int _labelled;
        private int _found;

        public void Add((int TruePositives, int Labelled, int Found) score) =>
            (_hits, _labelled, _found) = (_hits + score.TruePositives, _labelled + score.Labelled, _found + score.Found);

        public Tally Plus(Tally other) => new() { _hits = _hits + other._hits, _labelled = _labelled + other._labelled, _found = _found + other._found };

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"recall {_hits}/{_labelled} ({Ratio(_hits, _labelled):P0}), precision {_hits}/{_found} ({Ratio(_hits, _found):P0})");

        private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    }
}

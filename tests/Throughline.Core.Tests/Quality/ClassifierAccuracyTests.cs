using System.Globalization;
using System.Reflection;
using System.Text;
using Throughline.Core.Knowledge;
using Throughline.Core.Quality.Classification;

namespace Throughline.Core.Tests.Quality;

public sealed class ClassifierAccuracyTests
{
    [Fact]
    public void Classifier_is_accurate_on_the_labelled_corpus()
    {
        var rows = LoadCorpus();
        Assert.True(rows.Count >= 200, $"corpus has only {rows.Count} rows");

        var results = rows.Select(r => (r.Kind, r.Domain, r.Text, Predicted: KrClassifier.Classify(r.Text, KnowledgeBase.BuiltIn))).ToList();
        var accuracy = (double)results.Count(r => r.Kind == r.Predicted.Kind) / results.Count;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"n={results.Count} accuracy={accuracy:F3}");
        var metrics = new Dictionary<KrKind, (double Precision, double Recall)>();
        foreach (var kind in Enum.GetValues<KrKind>())
        {
            var truePositive = results.Count(r => r.Kind == kind && r.Predicted.Kind == kind);
            var predicted = results.Count(r => r.Predicted.Kind == kind);
            var actual = results.Count(r => r.Kind == kind);
            var precision = predicted == 0 ? 0 : (double)truePositive / predicted;
            var recall = actual == 0 ? 0 : (double)truePositive / actual;
            metrics[kind] = (precision, recall);
            report.AppendLine(CultureInfo.InvariantCulture, $"{kind}: n={actual} precision={precision:F3} recall={recall:F3}");
        }

        foreach (var miss in results.Where(r => r.Kind != r.Predicted.Kind))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  expected {miss.Kind}, got {miss.Predicted.Kind} [{string.Join("; ", miss.Predicted.Reasons)}]: {miss.Text}");
        }

        var message = report.ToString();
        Assert.True(accuracy >= 0.90, message);
        Assert.True(metrics[KrKind.Outcome].Recall >= 0.85, message);
        Assert.True(metrics[KrKind.Output].Recall >= 0.85, message);
    }

    private static List<(KrKind Kind, string Domain, string Text)> LoadCorpus()
    {
        var root = typeof(ClassifierAccuracyTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        var path = Path.Combine(root, "tests", "Throughline.Core.Tests", "Quality", "Data", "labelled-krs.tsv");
        return [.. File.ReadAllLines(path)
            .Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split('\t', 3))
            .Select(cells => (Enum.Parse<KrKind>(cells[0], ignoreCase: true), cells[1], cells[2]))];
    }
}

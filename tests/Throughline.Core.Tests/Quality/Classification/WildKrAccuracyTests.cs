using System.Globalization;
using System.Text;
using Throughline.Core.Knowledge;
using Throughline.Core.Parsing;
using Throughline.Core.Quality.Classification;
using Xunit.Abstractions;

namespace Throughline.Core.Tests.Quality.Classification;

/// <summary>
/// Accuracy on key results written in the style of other organisations' published OKRs (<c>Data/wild-krs.tsv</c>):
/// outcome/output classification and baseline/target/deadline extraction.
/// </summary>
public sealed class WildKrAccuracyTests(ITestOutputHelper output)
{
    private static readonly KrParseContext Cycle = KrParseContext.ForCycle(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));

    [Fact]
    public void Classifier_on_wild_krs_is_right_on_both_classes()
    {
        var rows = WildKr.Load();
        Assert.True(rows.Count >= 240, $"only {rows.Count} rows");
        var results = rows.Select(r => (Row: r, Got: KrClassifier.Classify(r.Text, KnowledgeBase.BuiltIn))).ToList();
        var report = new StringBuilder();
        foreach (var split in new[] { "tune", "blind", "all" })
        {
            var part = results.Where(r => split == "all" || r.Row.Split == split).ToList();
            report.AppendLine(CultureInfo.InvariantCulture, $"{split}: n={part.Count} accuracy={Share(part.Count(r => r.Got.Kind == r.Row.Kind), part.Count):F3}");
        }

        foreach (var kind in Enum.GetValues<KrKind>())
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{kind} recall={Recall(results, kind):F3} (n={results.Count(r => r.Row.Kind == kind)})");
        }

        report.AppendLine("confusion (rows expected, columns predicted): outcome output mixed");
        foreach (var expected in Enum.GetValues<KrKind>())
        {
            var cells = Enum.GetValues<KrKind>().Select(p => results.Count(r => r.Row.Kind == expected && r.Got.Kind == p));
            report.AppendLine(CultureInfo.InvariantCulture, $"  {expected,-8} {string.Join(' ', cells.Select(c => c.ToString(CultureInfo.InvariantCulture).PadLeft(4)))}");
        }

        foreach (var miss in results.Where(r => r.Got.Kind != r.Row.Kind))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  [{miss.Row.Split}] expected {miss.Row.Kind}, got {miss.Got.Kind} [{string.Join("; ", miss.Got.Reasons)}]: {miss.Row.Text}");
        }

        var message = report.ToString();
        output.WriteLine(message);
        Assert.True(Share(results.Count(r => r.Got.Kind == r.Row.Kind), results.Count) >= 0.90, message);
        Assert.True(Recall(results, KrKind.Outcome) >= 0.85, message);
        Assert.True(Recall(results, KrKind.Output) >= 0.85, message);
    }

    [Fact]
    public void Parser_on_wild_krs_reads_stated_values_and_invents_none()
    {
        var rows = WildKr.Load();
        var parsed = rows.Select(r => (Row: r, Got: KeyResultTextParser.Parse(r.Text, Cycle))).ToList();
        var fields = new (string Name, Func<WildKr, object?> Expected, Func<ParsedKeyResult, object?> Actual)[]
        {
            ("baseline", r => r.Baseline, p => p.Baseline),
            ("target", r => r.Target, ReadTarget),
            ("deadline", r => r.Deadline, p => p.Deadline),
        };
        var report = new StringBuilder();
        var failures = new List<string>();
        foreach (var (name, expected, actual) in fields)
        {
            var stated = parsed.Where(p => expected(p.Row) is not null).ToList();
            var unstated = parsed.Where(p => expected(p.Row) is null).ToList();
            var right = stated.Count(p => Same(expected(p.Row), actual(p.Got)));
            var invented = unstated.Where(p => actual(p.Got) is not null).ToList();
            var accuracy = Share(right, stated.Count);
            report.AppendLine(CultureInfo.InvariantCulture, $"{name}: stated n={stated.Count} accuracy={accuracy:F3}; unstated n={unstated.Count} invented={invented.Count}");
            foreach (var miss in stated.Where(p => !Same(expected(p.Row), actual(p.Got))).Concat(invented))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  [{miss.Row.Split}] {name} expected {Show(expected(miss.Row))}, got {Show(actual(miss.Got))}: {miss.Row.Text}");
            }

            if (accuracy < 0.90 || Share(invented.Count, unstated.Count) > 0.02)
            {
                failures.Add(name);
            }
        }

        var message = report.ToString();
        output.WriteLine(message);
        Assert.True(failures.Count == 0, $"below the bar: {string.Join(", ", failures)}\n{message}");
    }

    [Fact]
    public void Parser_on_wild_krs_reads_no_number_from_a_placeholder()
    {
        var placeholders = WildKr.Load().Where(r => r.Text.Contains("$N", StringComparison.Ordinal) || r.Text.Contains("X%", StringComparison.Ordinal) || r.Text.Contains("TBD", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(placeholders);
        Assert.All(placeholders, r =>
        {
            var parsed = KeyResultTextParser.Parse(r.Text, Cycle);
            Assert.True(parsed.Target is null && parsed.Change is null && parsed.Baseline is null, r.Text);
        });
    }

    private static object? ReadTarget(ParsedKeyResult parsed) =>
        parsed.Target is { } target ? new WildTarget(target, null)
        : parsed.Change is { } change ? new WildTarget(change.Amount, change.Kind)
        : null;

    private static bool Same(object? expected, object? actual) => (expected, actual) switch
    {
        (double e, double a) => Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e)),
        (WildTarget e, WildTarget a) => e.Change == a.Change && Same(e.Value, a.Value),
        _ => Equals(expected, actual),
    };

    private static string Show(object? value) => value switch
    {
        null => "none",
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "none",
    };

    private static double Recall(IReadOnlyList<(WildKr Row, KrClassification Got)> results, KrKind kind) =>
        Share(results.Count(r => r.Row.Kind == kind && r.Got.Kind == kind), results.Count(r => r.Row.Kind == kind));

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}

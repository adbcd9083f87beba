using System.Text.RegularExpressions;
using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;
using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Tests.Alignment;

/// <summary>
/// The second, hand-written organisation (a bank's digital channel, tests/.../Samples/harbour-bank): align and
/// conflicts measured against the labelled findings of its EXPECTED.md, with precision and recall.
/// </summary>
public sealed partial class HarbourBankTests
{
    private static readonly string Folder = Path.Join(RepoPaths.Root, "tests", "Throughline.Workspace.Tests", "Samples", "harbour-bank");

    private static readonly Lazy<(AlignmentReport Align, ConflictReport Conflicts)> Reports = new(() =>
    {
        var load = WorkspaceLoader.Load(Folder);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        var context = AlignmentContext.Create(load.Workspace!, KnowledgeBase.BuiltIn);
        return (AlignmentAnalysis.Run(context), ConflictAnalysis.Run(context));
    });

    [Fact]
    public void AlignAndConflicts_HarbourBank_PrecisionAndRecallAgainstLabels()
    {
        var expected = Expected();
        var found = Found();

        var hits = found.Intersect(expected, StringComparer.Ordinal).Count();
        var precision = found.Count == 0 ? 0 : hits / (double)found.Count;
        var recall = hits / (double)expected.Count;

        var report = $"precision {precision:P0}, recall {recall:P0}; missed: {string.Join("; ", expected.Except(found))}; unexpected: {string.Join("; ", found.Except(expected))}";
        Assert.True(expected.Count >= 12, $"only {expected.Count} labels read from EXPECTED.md");
        Assert.True(recall >= 0.85, report);
        Assert.True(precision >= 0.70, report);
    }

    [Fact]
    public void Conflicts_HarbourBank_FindsEveryLabelledTension()
    {
        var tensions = Expected().Where(k => k.StartsWith("CF001", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, tensions.Count);
        Assert.All(tensions, t => Assert.Contains(t, Found()));
        Assert.Equal(tensions.Count, Found().Count(k => k.StartsWith("CF001", StringComparison.Ordinal)));
    }

    [Fact]
    public void Align_HarbourBank_NegativeControlsAreQuiet()
    {
        var (align, conflicts) = Reports.Value;

        Assert.DoesNotContain(align.Findings, f => f.Subject.StartsWith("risk-compliance", StringComparison.Ordinal) || f.Subject.StartsWith("instant-payments", StringComparison.Ordinal));
        Assert.DoesNotContain(align.Findings, f => f.RuleId == "AL005" && f.Subject == "harbour/O1");
        Assert.DoesNotContain(conflicts.Conflicts, c => c.A is "dep-01" or "dep-02" or "dep-03" or "dep-05");
        Assert.DoesNotContain(conflicts.Conflicts, c => c.Units.Contains("marketing") && c.Type == ConflictType.MetricTension);
        Assert.DoesNotContain(conflicts.Conflicts, c => c.Type == ConflictType.MetricDefinition && c.Units.Contains("mobile-app"));
    }

    private static List<string> Expected() =>
    [
        .. File.ReadLines(Path.Join(Folder, "EXPECTED.md"))
            .TakeWhile(l => !l.StartsWith("## Negative controls", StringComparison.Ordinal))
            .Select(l => LabelRow().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups["key"].Value),
    ];

    private static List<string> Found()
    {
        var (align, conflicts) = Reports.Value;
        return
        [
            .. align.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => $"{f.RuleId} {f.Subject}"),
            .. conflicts.Conflicts.Where(c => c.Severity >= Severity.Warning).Select(c => c.Type is ConflictType.MetricTension or ConflictType.MetricDefinition
                ? $"{c.RuleId} {string.Join("+", c.Units.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}"
                : $"{c.RuleId} {c.A}"),
        ];
    }

    [GeneratedRegex(@"^\| (?<key>(AL|CF)\d{3} [^|]+?) \|")]
    private static partial Regex LabelRow();
}

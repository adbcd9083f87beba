using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>Lines that fit no structure are reported with where they are and how to fix them; none is dropped silently.</summary>
public sealed class UnreadableLinesImportTests
{
    private const string FileName = "draft.md";

    private const string Document = """
        ## Team: Growth

        - Raise signups from 1,000 to 1,500 per week
        KR3: Cut CAC from $420 to $350
        Why: activation drives revenue

        Objective 1: Delight new users
        - Raise week-1 retention from 40% to 50%
        - KR2:

        ## Risks
        - The onboarding redesign may slip
        - Data team capacity

        ### O2: Make search useful
        """;

    private readonly ImportResult _result = ImportDocument(Document, FileName);

    [Fact]
    public void Import_BulletBeforeAnyObjective_IsAWarningWithItsPosition()
    {
        var warning = _result.DiagnosticAt(ImportCodes.Unplaced, Document, "- Raise signups");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceRef(FileName, 3, 3), warning.Where);
        Assert.Contains("'Raise signups from 1,000 to 1,500 per week' comes before any objective", warning.Message, StringComparison.Ordinal);
        Assert.Contains("objective", warning.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_KeyResultOrWhyBeforeAnyObjective_AreWarnings()
    {
        Assert.Equal(Severity.Warning, _result.DiagnosticAt(ImportCodes.Unplaced, Document, "KR3: Cut CAC").Severity);
        Assert.Equal(Severity.Warning, _result.DiagnosticAt(ImportCodes.Unplaced, Document, "Why: activation").Severity);
    }

    [Fact]
    public void Import_EmptyKeyResult_IsAWarningAndIsNotImported()
    {
        Assert.Equal(Severity.Warning, _result.DiagnosticAt(ImportCodes.Unplaced, Document, "- KR2:").Severity);
        Assert.Equal(["growth/O1-KR1"], _result.Objective("growth/O1").Refs());
    }

    [Fact]
    public void Import_SectionWithoutOkrs_IsSkippedAsOneInfo()
    {
        var skipped = _result.DiagnosticAt(ImportCodes.TextSkipped, Document, "## Risks");
        Assert.Equal(Severity.Info, skipped.Severity);
        Assert.Contains("'Risks' (2 lines)", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ObjectiveWithoutKeyResults_IsKeptAndReported()
    {
        var search = _result.Objective("growth/O2");
        Assert.Empty(search.KeyResults);
        Assert.Equal(Severity.Info, _result.DiagnosticAt(ImportCodes.NoKeyResults, Document, "### O2").Severity);
    }

    [Fact]
    public void Import_Diagnostics_AreSortedByLine()
    {
        var lines = _result.Diagnostics.Select(d => d.Where!.Line).ToList();
        Assert.Equal(lines.Order(), lines);
        Assert.Equal(4, _result.Diagnostics.Count(d => d.Severity == Severity.Warning));
    }

    [Fact]
    public void Import_EmptyDocument_GivesNothingAndNoError()
    {
        var result = ImportDocument("\n\n", "empty.md");

        Assert.Empty(result.Objectives);
        Assert.Empty(result.Units);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Import_EmptyCsv_IsAnError()
    {
        var result = ImportDocument("", "empty.csv");

        Assert.Equal(DiagnosticCodes.MalformedCsv, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Import_ProseDocument_ReportsWithoutThrowing()
    {
        var prose = string.Join('\n', Enumerable.Range(1, 400).Select(i => i % 7 == 0
            ? $"## Section {i}: thoughts on planning"
            : $"We discussed item {i} at length, and — as usual — agreed to revisit it (owner: someone) next week."));

        var result = ImportDocument(prose, "essay.md");

        Assert.NotEmpty(result.Diagnostics);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }
}

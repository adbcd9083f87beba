using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class RoadmapCommandTests
{
    [Fact]
    public void Roadmap_Text_AnswersTheSixQuestionsWithNumbers()
    {
        var run = CliRun.Of("roadmap", RepoPaths.Acme, "--cut", "30%");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("39 initiatives, 145 engineer-weeks", run.Out, StringComparison.Ordinal);
        Assert.Contains("linked to a KR: 36 (92% of initiatives, 92% of effort)", run.Out, StringComparison.Ordinal);
        Assert.Contains("onboarding/O1-KR2 under-backed +2.5 of +7 (36%)", run.Out, StringComparison.Ordinal);
        Assert.Contains("collaboration/O1-KR1 unbacked", run.Out, StringComparison.Ordinal);
        Assert.Contains("INI-17 \"Dark mode\" (collaboration, 6 ew)", run.Out, StringComparison.Ordinal);
        Assert.Contains("collaboration/O2 order 2: 33% of collaboration's priority, 24 ew = 89%", run.Out, StringComparison.Ordinal);
        Assert.Contains("cut INI-17", run.Out, StringComparison.Ordinal);
        Assert.Contains("natural owner: data-platform", run.Out, StringComparison.Ordinal);
        foreach (var heading in new[] { "1. ", "2. ", "3. ", "4. ", "5. ", "6. " })
        {
            Assert.Contains("\n" + heading, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Roadmap_Json_HasSummaryCoverageAndCutWithinBudget()
    {
        var run = CliRun.Of("roadmap", RepoPaths.Acme, "--format", "json", "--cut", "0.3");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        var summary = root.GetProperty("summary");
        Assert.Equal(39, summary.GetProperty("initiatives").GetInt32());
        Assert.Equal(3, summary.GetProperty("orphans").GetInt32());
        Assert.Equal(12, summary.GetProperty("orphan_effort").GetDouble());
        var kr = root.GetProperty("key_results").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "onboarding/O1-KR2");
        Assert.Equal("under-backed", kr.GetProperty("status").GetString());
        Assert.Equal(7, kr.GetProperty("gap").GetDouble());
        Assert.Equal(3, kr.GetProperty("initiatives").GetArrayLength());
        var cut = root.GetProperty("cut");
        Assert.True(cut.GetProperty("optimal").GetBoolean());
        Assert.True(cut.GetProperty("kept_effort").GetDouble() <= cut.GetProperty("budget").GetDouble());
        Assert.All(cut.GetProperty("cuts").EnumerateArray(), c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("reason").GetString())));
        var finding = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "RM003");
        Assert.EndsWith("roadmap.yaml", finding.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.True(finding.GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public void Roadmap_Markdown_HasTheSectionsAndFindingsTable()
    {
        var run = CliRun.Of("roadmap", RepoPaths.Acme, "--format", "markdown", "--cut", "30%");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Roadmap audit: Acme Analytics, 2026-Q4", run.Out, StringComparison.Ordinal);
        Assert.Contains("## 5. The cut", run.Out, StringComparison.Ordinal);
        Assert.Contains("| RM004 | warning | `collaboration/O2` |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Roadmap_Matrix_WritesOneRowPerKrAndOneColumnPerInitiative()
    {
        var file = Path.Join(Path.GetTempPath(), $"throughline-matrix-{Guid.NewGuid():N}.csv");
        try
        {
            var run = CliRun.Of("roadmap", RepoPaths.Acme, "--matrix", file, "--format", "json");

            Assert.Equal(0, run.ExitCode);
            var lines = File.ReadAllLines(file);
            Assert.Equal("kr,status,gap,expected", string.Join(',', lines[0].Split(',').Take(4)));
            var onboarding = lines.Single(l => l.StartsWith("onboarding/O1-KR2,", StringComparison.Ordinal));
            Assert.StartsWith("onboarding/O1-KR2,under-backed,7,2.5,", onboarding, StringComparison.Ordinal);
            Assert.Equal(59 + 2, lines.Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Roadmap_JiraExport_ReplacesTheRoadmapAndReportsRowProblemsWithLines()
    {
        var export = Path.Join(RepoPaths.Root, "tests", "Throughline.Workspace.Tests", "Roadmap", "Data", "jira-acme.csv");

        var run = CliRun.Of("roadmap", RepoPaths.Acme, "--initiatives", export, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("jira-acme.csv:13:1: warning TL0501", run.Error, StringComparison.Ordinal);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(9, root.GetProperty("summary").GetProperty("initiatives").GetInt32());
        var dark = root.GetProperty("initiatives").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "COL-9");
        Assert.True(dark.GetProperty("orphan").GetBoolean());
    }

    [Fact]
    public void Roadmap_ExportMissingColumn_IsExitCodeTwoNamingTheColumn()
    {
        var export = Path.Join(Path.GetTempPath(), $"throughline-export-{Guid.NewGuid():N}.csv");
        File.WriteAllText(export, "Summary,Status\nDark mode,Done\n");
        try
        {
            var run = CliRun.Of("roadmap", RepoPaths.Acme, "--initiatives", export);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(":1:1: error TL0106: missing column 'Issue key'", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(export);
        }
    }

    [Theory]
    [InlineData("--cut", "lots")]
    [InlineData("--cut", "130%")]
    [InlineData("--cycle", "2031-Q1")]
    public void Roadmap_BadOption_IsExitCodeTwo(string option, string value)
    {
        var run = CliRun.Of("roadmap", RepoPaths.Acme, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Roadmap_FailOnWarning_IsExitCodeOne()
    {
        Assert.Equal(1, CliRun.Of("roadmap", RepoPaths.Acme, "--fail-on", "warning", "--format", "json").ExitCode);
    }
}

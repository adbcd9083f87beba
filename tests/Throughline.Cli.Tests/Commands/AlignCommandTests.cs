using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class AlignCommandTests
{
    [Fact]
    public void Align_Json_GivesRankedCandidatesWithExplicitFlagAndCoverage()
    {
        var run = CliRun.Of("align", RepoPaths.Acme, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        var marketing = root.GetProperty("line_of_sight").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "marketing/O2");
        var link = marketing.GetProperty("candidates")[0];
        Assert.Equal("acme/O3-KR1", link.GetProperty("target_id").GetString());
        Assert.True(link.GetProperty("explicit").GetBoolean());
        Assert.Equal(1, link.GetProperty("score").GetInt32());
        var suggestion = root.GetProperty("line_of_sight").EnumerateArray()
            .Single(s => s.GetProperty("source").GetString() == "data-platform/O1-KR1").GetProperty("candidates")[0];
        Assert.Equal("acme/O2-KR3", suggestion.GetProperty("target_id").GetString());
        Assert.False(suggestion.GetProperty("explicit").GetBoolean());
        var uncovered = root.GetProperty("coverage").EnumerateArray().Single(c => c.GetProperty("target").GetString() == "acme/O3-KR3");
        Assert.Equal("uncovered", uncovered.GetProperty("verdict").GetString());
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "AL005");
    }

    [Fact]
    public void Align_Text_ShowsCoverageFindingsAndMarksSuggestions()
    {
        var run = CliRun.Of("align", RepoPaths.Acme);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("uncovered acme/O3-KR3", run.Out, StringComparison.Ordinal);
        Assert.Contains("AL004 data-platform", run.Out, StringComparison.Ordinal);
        Assert.Contains("suggested acme/O2-KR3 5/5", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Align_GraphMermaid_DrawsLinksWithStrengthAndGapsInRed()
    {
        var run = CliRun.Of("align", RepoPaths.Acme, "--graph", "mermaid");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("flowchart LR", run.Out, StringComparison.Ordinal);
        Assert.Contains("n_growth_O1 -->|5/5| n_acme_O1_KR1", run.Out, StringComparison.Ordinal);
        Assert.Contains("class n_acme_O3_KR3 gap", run.Out, StringComparison.Ordinal);
        Assert.Contains("class n_reporting_O4 gap", run.Out, StringComparison.Ordinal);
        Assert.Contains("linkStyle", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Align_GraphDot_IsADigraphWithRedGaps()
    {
        var run = CliRun.Of("align", RepoPaths.Acme, "--graph", "dot");

        Assert.StartsWith("digraph strategy {", run.Out, StringComparison.Ordinal);
        Assert.Contains("n_marketing_O2 -> n_acme_O3_KR1 [label=\"1/5\", color=red", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("}\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Align_Markdown_HasCoverageTableAndFindings()
    {
        var run = CliRun.Of("align", RepoPaths.Acme, "--format", "markdown");

        Assert.Contains("| `acme/O3-KR3`", run.Out, StringComparison.Ordinal);
        Assert.Contains("- **AL006** `data-platform <-> reporting`", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Align_FailOnWarning_ExitsWithFindings()
    {
        Assert.Equal(1, CliRun.Of("align", RepoPaths.Acme, "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void Align_MissingWorkspace_IsBadInput()
    {
        var run = CliRun.Of("align", Path.Join(RepoPaths.Root, "no-such-workspace"));

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Align_UnknownGraphFormat_IsBadInput()
    {
        Assert.Equal(2, CliRun.Of("align", RepoPaths.Acme, "--graph", "png").ExitCode);
    }
}

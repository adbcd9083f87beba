using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class ConflictsCommandTests
{
    [Fact]
    public void Conflicts_Json_HasDocumentedShapeAndTopThree()
    {
        var run = CliRun.Of("conflicts", RepoPaths.Acme, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        var conflicts = root.GetProperty("conflicts").EnumerateArray().ToList();
        Assert.All(conflicts, c =>
        {
            foreach (var field in new[] { "rule", "type", "severity", "a", "rationale", "suggestion" })
            {
                Assert.False(string.IsNullOrWhiteSpace(c.GetProperty(field).GetString()), field);
            }
        });
        var tension = conflicts.Single(c => c.GetProperty("type").GetString() == "metric_tension" && c.GetProperty("severity").GetString() == "warning");
        Assert.Equal("growth/O1-KR1", tension.GetProperty("a").GetString());
        Assert.Equal("onboarding/O1-KR2", tension.GetProperty("b").GetString());
        Assert.Equal(3, root.GetProperty("top").GetArrayLength());
        Assert.All(root.GetProperty("top").EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("conversation").GetString())));
    }

    [Fact]
    public void Conflicts_Text_ListsTopIssuesAndGroups()
    {
        var run = CliRun.Of("conflicts", RepoPaths.Acme);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Top 3 issues to resolve before the quarter starts", run.Out, StringComparison.Ordinal);
        Assert.Contains("CF007 dep-07 vs sales/O1-KR1", run.Out, StringComparison.Ordinal);
        Assert.Contains("16 engineer-weeks are asked of data-platform against 8", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicts_Markdown_HasSections()
    {
        var run = CliRun.Of("conflicts", RepoPaths.Acme, "--format", "markdown");

        Assert.Contains("## Top 3 issues to resolve before the quarter starts", run.Out, StringComparison.Ordinal);
        Assert.Contains("## One metric, two definitions (1)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicts_MinSeverityWarning_HidesLeverTensionsButKeepsTheTopThree()
    {
        var all = JsonDocument.Parse(CliRun.Of("conflicts", RepoPaths.Acme, "--format", "json").Out).RootElement;
        var warnings = JsonDocument.Parse(CliRun.Of("conflicts", RepoPaths.Acme, "--format", "json", "--min-severity", "warning").Out).RootElement;

        Assert.Contains(all.GetProperty("conflicts").EnumerateArray(), c => c.GetProperty("rule").GetString() == "CF010");
        Assert.All(warnings.GetProperty("conflicts").EnumerateArray(), c => Assert.NotEqual("info", c.GetProperty("severity").GetString()));
        Assert.Equal(
            all.GetProperty("conflicts").EnumerateArray().Count(c => c.GetProperty("severity").GetString() != "info"),
            warnings.GetProperty("conflicts").GetArrayLength());
        Assert.Equal(3, warnings.GetProperty("top").GetArrayLength());
    }

    [Fact]
    public void Conflicts_LlmWithNoEndpointConfigured_ReportsTheRulesAndSaysWhy()
    {
        Assert.Null(Environment.GetEnvironmentVariable("THROUGHLINE_LLM_ENDPOINT"));

        var offline = CliRun.Of("conflicts", RepoPaths.Acme, "--format", "json");
        var withLlm = CliRun.Of("conflicts", RepoPaths.Acme, "--format", "json", "--llm");

        Assert.Equal(0, withLlm.ExitCode);
        Assert.Equal(offline.Out, withLlm.Out);
        Assert.Contains("--llm: no LLM is configured", withLlm.Error, StringComparison.Ordinal);
        Assert.Contains("only the rules' tensions are reported", withLlm.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicts_LlmPlacesBelowOne_IsRefused()
    {
        var run = CliRun.Of("conflicts", RepoPaths.Acme, "--llm", "--llm-places", "0");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--llm-places must be at least 1", run.Error + run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicts_UnknownCycle_IsBadInput()
    {
        var run = CliRun.Of("conflicts", RepoPaths.Acme, "--cycle", "1999-Q1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown cycle", run.Error, StringComparison.Ordinal);
    }
}

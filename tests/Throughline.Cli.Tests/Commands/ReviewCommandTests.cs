using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class ReviewCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("throughline-review-").FullName;

    [Fact]
    public void Review_Html_WritesOneSelfContainedReportWithEverySectionAndPrintsTheSummary()
    {
        var file = Path.Combine(_dir, "report.html");

        var run = CliRun.Of("review", RepoPaths.Acme, "-o", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Top actions", run.Out, StringComparison.Ordinal);
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        foreach (var id in new[] { "summary", "map", "units", "alignment", "conflicts", "roadmap", "progress", "appendix" })
        {
            Assert.Contains($"<section id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("<svg class=\"map\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"map-t\">", html, StringComparison.Ordinal);
        Assert.Contains("KR007", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"burnup\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"cut\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"node ckr uncovered\"", html, StringComparison.Ordinal);
        Assert.Contains("CF003", html, StringComparison.Ordinal);
        Assert.Contains("RM003", html, StringComparison.Ordinal);
        Assert.Contains("Rewrite: Increase weekly active users of SSO", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_SameWorkspace_GivesByteIdenticalHtml()
    {
        var (first, second) = (Path.Combine(_dir, "a.html"), Path.Combine(_dir, "b.html"));

        CliRun.Of("review", RepoPaths.Acme, "-o", first);
        CliRun.Of("review", RepoPaths.Acme, "-o", second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Review_Json_RanksErrorsFirstAndNamesUnitsNextStepAndEvidence()
    {
        var run = CliRun.Of("review", RepoPaths.Acme, "--format", "json", "--fail-on", "never");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("2026-Q4", root.GetProperty("cycle").GetString());
        var health = root.GetProperty("health");
        Assert.Equal(59, health.GetProperty("key_results").GetInt32());
        Assert.Equal(8, health.GetProperty("company_key_results").GetInt32());
        Assert.InRange(health.GetProperty("company_key_results_covered").GetInt32(), 1, 7);
        Assert.True(health.GetProperty("conflicts_open").GetInt32() > 0);
        Assert.InRange(health.GetProperty("on_track_share").GetDouble(), 0.01, 0.99);
        var areas = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("area").GetString()).ToHashSet();
        Assert.Equal(["alignment", "conflicts", "progress", "quality", "roadmap"], areas.Order());
        var actions = root.GetProperty("actions").EnumerateArray().ToList();
        Assert.InRange(actions.Count, 1, 5);
        Assert.Contains("(error)", actions[0].GetProperty("why").GetString(), StringComparison.Ordinal);
        Assert.All(actions, a => Assert.NotEmpty(a.GetProperty("units").EnumerateArray()));
        Assert.All(actions, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("next_step").GetString())));
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule_id").GetString() == "KR007");
    }

    [Fact]
    public void Review_Json_CarriesEachAnalysisRowsInItsCommandsShape()
    {
        var review = JsonDocument.Parse(CliRun.Of("review", RepoPaths.Acme, "--format", "json", "--fail-on", "never").Out).RootElement;
        var conflicts = JsonDocument.Parse(CliRun.Of("conflicts", RepoPaths.Acme, "--format", "json").Out).RootElement;

        var objectives = review.GetProperty("quality").GetProperty("objectives").EnumerateArray().ToList();
        Assert.Equal(59, objectives.Sum(o => o.GetProperty("key_results").GetArrayLength()));
        Assert.Contains(review.GetProperty("alignment").GetProperty("line_of_sight").EnumerateArray(), l => l.GetProperty("kind").GetString() == "key_result");
        Assert.Equal(8, review.GetProperty("alignment").GetProperty("coverage").EnumerateArray().Count(c => c.GetProperty("target").GetString()!.Contains("-KR", StringComparison.Ordinal)));
        Assert.Equal(conflicts.GetProperty("conflicts").GetArrayLength(), review.GetProperty("conflicts").GetProperty("conflicts").GetArrayLength());
        Assert.Equal(59, review.GetProperty("progress").GetProperty("key_results").GetArrayLength());
        Assert.NotEmpty(review.GetProperty("roadmap").GetProperty("initiatives").EnumerateArray());
    }

    [Fact]
    public void Review_PmView_ShowsOnlyThatUnit()
    {
        var file = Path.Combine(_dir, "pm.html");

        var run = CliRun.Of("review", RepoPaths.Acme, "--view", "pm", "--unit", "growth", "-o", file, "--fail-on", "never");

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(file);
        Assert.Contains("id=\"unit-growth\" open", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"unit-enterprise\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"map\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_Markdown_HasTheSectionsOfTheHtmlReportWithAMermaidMap()
    {
        var run = CliRun.Of("review", RepoPaths.Acme, "--format", "markdown", "--fail-on", "never");

        Assert.Equal(0, run.ExitCode);
        var md = run.Out;
        var headings = md.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Split(" (")[0].Trim()).ToList();
        Assert.Equal(["Portfolio health", "Top actions", "Strategy map", "Units", "Alignment and coverage", "Conflicts board", "Roadmap coverage", "Progress and forecasts", "Every finding"], headings);
        Assert.Contains("```mermaid\nflowchart LR", md, StringComparison.Ordinal);
        Assert.Contains("classDef gap", md, StringComparison.Ordinal);
        Assert.Contains("### Growth", md, StringComparison.Ordinal);
        Assert.Contains("Rewrite: Increase weekly active users of SSO", md, StringComparison.Ordinal);
        Assert.Contains("| acme/O3-KR3 | uncovered |", md, StringComparison.Ordinal);
        Assert.Contains("### If 30% of the roadmap must go", md, StringComparison.Ordinal);
        Assert.Contains("### Honesty flags", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<target>", md, StringComparison.Ordinal);

        // Every table row has as many cells as its header: no unescaped pipe breaks a row.
        string[]? header = null;
        foreach (var line in md.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                header = null;
                continue;
            }

            var cells = System.Text.RegularExpressions.Regex.Split(line.Trim(), @"(?<!\\)\|").Length;
            header ??= [line];
            Assert.True(cells == System.Text.RegularExpressions.Regex.Split(header[0].Trim(), @"(?<!\\)\|").Length, line);
        }
    }

    [Fact]
    public void Review_MarkdownPmView_ShowsOnlyThatUnitAndItsSections()
    {
        var run = CliRun.Of("review", RepoPaths.Acme, "--format", "markdown", "--view", "pm", "--unit", "growth", "--fail-on", "never");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("### Growth", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("### Enterprise Admin & Security", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("## Strategy map", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("| unit | objectives |", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--view", "pm")]
    [InlineData("--unit", "nobody")]
    [InlineData("--as-of", "20/11/2026")]
    public void Review_BadInput_ExitsWithTwoAndSaysWhy(string option, string value)
    {
        var run = CliRun.Of("review", RepoPaths.Acme, option, value, "--format", "text");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error:", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

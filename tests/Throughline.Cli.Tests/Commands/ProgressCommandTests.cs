using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class ProgressCommandTests
{
    private static JsonElement Kr(CliRun run, string reference) =>
        JsonDocument.Parse(run.Out).RootElement.GetProperty("key_results").EnumerateArray().Single(k => k.GetProperty("ref").GetString() == reference);

    [Fact]
    public void Progress_Json_AtWeek7_ExplainsEachStatusWithRuleNumbersAndForecast()
    {
        var run = CliRun.Of("progress", RepoPaths.Acme, "--as-of", "2026-11-20", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(7, root.GetProperty("week").GetInt32());
        Assert.Equal(13, root.GetProperty("weeks").GetInt32());
        var sales = Kr(run, "sales/O1-KR1");
        Assert.Equal("at-risk", sales.GetProperty("status").GetString());
        Assert.Equal("PR003", sales.GetProperty("rule").GetString());
        Assert.Equal(151, sales.GetProperty("current").GetDouble());
        Assert.Equal("recoverable", sales.GetProperty("recovery").GetProperty("verdict").GetString());
        var forecast = sales.GetProperty("forecast");
        Assert.True(forecast.GetProperty("low").GetDouble() <= forecast.GetProperty("projected_end").GetDouble());
        Assert.True(forecast.GetProperty("projected_end").GetDouble() <= forecast.GetProperty("high").GetDouble());
        var stale = Kr(run, "enterprise/O2-KR1");
        Assert.Equal("unknown", stale.GetProperty("status").GetString());
        var finding = stale.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "PR010");
        Assert.Contains("Daniel Brooks", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("4 check-ins missed", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_Text_ForOneUnit_ShowsSparklineStatusesAndRecoveryDrafts()
    {
        var run = CliRun.Of("progress", RepoPaths.Acme, "--unit", "collaboration");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("as of 2026-11-20 (week 7 of 13)", run.Out, StringComparison.Ordinal);
        Assert.Contains("off track O1-KR1 PR004", run.Out, StringComparison.Ordinal);
        Assert.Contains("decision-log draft:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("growth", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_Markdown_HasTheStatusTable()
    {
        var run = CliRun.Of("progress", RepoPaths.Acme, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| `marketing/O1-KR1` | at risk | PR003 |", run.Out, StringComparison.Ordinal);
        Assert.Contains("**PR014**", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_AsOfEarlierDate_ReplaysTheWorkspace()
    {
        var run = CliRun.Of("progress", RepoPaths.Acme, "--as-of", "2026-10-16", "--format", "json");

        Assert.Equal(2, JsonDocument.Parse(run.Out).RootElement.GetProperty("week").GetInt32());
        Assert.Equal(2150, Kr(run, "marketing/O1-KR1").GetProperty("current").GetDouble());
    }

    [Fact]
    public void Progress_Charts_WritesAnSvgBurnUpPerMeasuredKr()
    {
        var folder = Path.Join(Path.GetTempPath(), "tl-charts-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = CliRun.Of("progress", RepoPaths.Acme, "--unit", "sales", "--charts", folder);

            Assert.Equal(0, run.ExitCode);
            var svg = System.Xml.Linq.XDocument.Load(Path.Join(folder, "sales-O1-KR1.svg"));
            var classes = svg.Descendants().Select(e => (string?)e.Attribute("class")).Where(c => c is not null).ToList();
            Assert.Equal(["target", "expected", "band", "forecast", "actual"], classes);
            var actual = svg.Descendants().Single(e => (string?)e.Attribute("class") == "actual");
            Assert.Equal(8, ((string)actual.Attribute("points")!).Split(' ').Length);
            Assert.Equal(4, Directory.EnumerateFiles(folder, "*.svg").Count());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--as-of", "20/11/2026", "not a date")]
    [InlineData("--unit", "nobody", "has no key results")]
    public void Progress_BadInput_ExitsWith2AndSaysWhatToDo(string option, string value, string message)
    {
        var run = CliRun.Of("progress", RepoPaths.Acme, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}

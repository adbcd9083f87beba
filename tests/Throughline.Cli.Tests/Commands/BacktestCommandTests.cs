using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class BacktestCommandTests
{
    [Fact]
    public void Backtest_ShippedRealSeries_BeatsBothNaiveBaselinesAtWeek7()
    {
        var run = CliRun.Of("backtest", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(120, root.GetProperty("scored").GetInt32());
        Assert.All(root.GetProperty("cases").EnumerateArray(), c => Assert.Equal(7, c.GetProperty("week").GetInt32()));
        var accuracy = root.GetProperty("accuracy").GetDouble();
        var brier = root.GetProperty("brier").GetDouble();

        // Measured when the forecaster was last changed: accuracy 0.867, Brier 0.106 (docs/cli.md, data/backtest/README.md).
        Assert.True(accuracy >= 0.85, $"accuracy {accuracy}");
        Assert.True(brier < 0.12, $"Brier {brier}");
        foreach (var baseline in root.GetProperty("baselines").EnumerateArray())
        {
            Assert.True(accuracy > baseline.GetProperty("accuracy").GetDouble(), baseline.GetRawText());
            Assert.True(brier < baseline.GetProperty("brier").GetDouble(), baseline.GetRawText());
        }
    }

    [Fact]
    public void Backtest_HeldOutRealSeries_MeetsTheBarAndBeatsTheBaselinesOnBrier()
    {
        // Melbourne daily maximum temperatures 1981-1983 (data/backtest/README.md): never used to choose the
        // forecaster's constants. Measured: accuracy 0.851, Brier 0.120; both baselines 0.830 and 0.170.
        var run = CliRun.Of("backtest", "--cases", Path.Join(RepoPaths.Root, "data", "backtest", "melbourne-max-temperature-weekly.jsonl"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(47, root.GetProperty("scored").GetInt32());
        var accuracy = root.GetProperty("accuracy").GetDouble();
        var brier = root.GetProperty("brier").GetDouble();
        Assert.True(accuracy >= 0.78, $"accuracy {accuracy}");
        Assert.True(brier < 0.19, $"Brier {brier}");
        foreach (var baseline in root.GetProperty("baselines").EnumerateArray())
        {
            Assert.True(accuracy >= baseline.GetProperty("accuracy").GetDouble(), baseline.GetRawText());
            Assert.True(brier < baseline.GetProperty("brier").GetDouble(), baseline.GetRawText());
        }
    }

    [Fact]
    public void Backtest_UserCases_ScoresEachLineAndAccuracyOnlyForKnownOutcomes()
    {
        var file = Path.Join(Path.GetTempPath(), $"cases-{Guid.NewGuid():N}.jsonl");
        var weeks = Enumerable.Range(1, 7).Select(w => $"{{\"date\":\"{Week(w)}\",\"value\":{100 + 5 * w}}}");
        var flat = Enumerable.Range(1, 7).Select(w => $"{{\"date\":\"{Week(w)}\",\"value\":{(2.6 - 0.01 * w).ToString(System.Globalization.CultureInfo.InvariantCulture)}}}");
        File.WriteAllLines(file,
        [
            $"{{\"id\":\"rising\",\"metric\":\"signups\",\"unit\":\"count\",\"direction\":\"increase\",\"quarter_start\":\"2025-12-29\",\"baseline\":100,\"target\":130,\"history\":[],\"checkins\":[{string.Join(",", weeks)}],\"hit\":true}}",
            "",
            $"{{\"id\":\"stuck\",\"direction\":\"decrease\",\"quarter_start\":\"2025-12-29\",\"baseline\":2.6,\"target\":1.5,\"checkins\":[{string.Join(",", flat)}]}}",
        ]);
        try
        {
            var run = CliRun.Of("backtest", "--cases", file, "--format", "json");

            Assert.Equal(0, run.ExitCode);
            var root = JsonDocument.Parse(run.Out).RootElement;
            var cases = root.GetProperty("cases").EnumerateArray().ToList();
            Assert.Equal(["rising", "stuck"], cases.Select(c => c.GetProperty("id").GetString()));
            Assert.True(cases[0].GetProperty("probability").GetDouble() > 0.9);
            Assert.Equal("achieved", cases[0].GetProperty("status").GetString());
            Assert.True(cases[1].GetProperty("probability").GetDouble() < 0.05);
            Assert.Equal("off-track", cases[1].GetProperty("status").GetString());
            Assert.InRange(cases[1].GetProperty("predicted_end").GetDouble(), 2.4, 2.6);
            Assert.Equal(1, root.GetProperty("scored").GetInt32());
            Assert.Equal(1.0, root.GetProperty("accuracy").GetDouble());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Week(int week) => new DateOnly(2026, 1, 4).AddDays(7 * (week - 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Backtest_BadLine_ReportsFileLineAndFix()
    {
        var file = Path.Join(Path.GetTempPath(), $"cases-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(file, ["{\"id\":\"a\",\"direction\":\"up\",\"quarter_start\":\"2026-01-05\",\"target\":3}", "{not json"]);
        try
        {
            var run = CliRun.Of("backtest", "--cases", file);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"{file}:1: direction 'up' is not 'increase' or 'decrease'", run.Error, StringComparison.Ordinal);
            Assert.Contains($"{file}:2: not a JSON object", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Backtest_MissingFile_ExitsWith2()
    {
        var run = CliRun.Of("backtest", "--cases", "/nonexistent/cases.jsonl");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file not found", run.Error, StringComparison.Ordinal);
    }
}

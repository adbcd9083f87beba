using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "tl-import-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Import_HeadingsAndBullets_GivesIdsStructureAndNumbers()
    {
        var objectives = ImportJson("headings-and-bullets.md");

        Assert.Equal(["growth/O1", "growth/O2"], objectives.Select(o => o.GetProperty("ref").GetString()));
        var krs = objectives[0].GetProperty("key_results").EnumerateArray().ToList();
        Assert.Equal(["growth/O1-KR1", "growth/O1-KR2", "growth/O1-KR3"], krs.Select(k => k.GetProperty("ref").GetString()));
        AssertKr(krs[0], "Increase week-1 activation from 32% to 40% by end of Q2", 32, 40, "2026-06-30", "increase", "percent");
        AssertKr(krs[1], "Reduce median time to first dashboard from 9 days to 4 days by June 30", 9, 4, "2026-06-30", "decrease", "days");
        AssertKr(krs[2], "Grow weekly active teams from 5,000 to 8,000 by end of Q2", 5000, 8000, "2026-06-30", "increase", "count");
        var output = objectives[1].GetProperty("key_results")[1];
        Assert.Equal("Launch the new pricing page", output.GetProperty("text").GetString());
        Assert.False(output.TryGetProperty("target", out _));
    }

    [Fact]
    public void Import_BoldObjectivesOverKrLines_GivesIdsOwnersAndNumbers()
    {
        var objectives = ImportJson("bold-and-kr-lines.md", "--unit", "platform");

        Assert.Equal(["platform/O1", "platform/O2"], objectives.Select(o => o.GetProperty("ref").GetString()));
        Assert.Equal("Make the platform fast enough that nobody notices it", objectives[0].GetProperty("title").GetString());
        var krs = objectives[0].GetProperty("key_results").EnumerateArray().ToList();
        Assert.Equal(3, krs.Count);
        AssertKr(krs[0], null, 800, 300, "2026-06-30", "decrease", "ms");
        Assert.Equal("maria", krs[0].GetProperty("owner").GetString()?.TrimStart('@'));
        Assert.Equal(99.95, krs[1].GetProperty("target").GetDouble());
        Assert.Equal("maintain", krs[1].GetProperty("direction").GetString());
        AssertKr(krs[2], null, 4.2, 3.5, "2026-06-30", "decrease", "currency");
        Assert.Equal(2, objectives[1].GetProperty("key_results").GetArrayLength());
    }

    [Fact]
    public void Import_NumberedTeamLines_GivesOneObjectivePerTeam()
    {
        var objectives = ImportJson("numbered-team-lines.txt", "--cycle", "2026-H1");

        Assert.Equal(["payments/O1", "support/O1"], objectives.Select(o => o.GetProperty("ref").GetString()));
        Assert.Equal("Make checkout effortless", objectives[0].GetProperty("title").GetString()?.TrimEnd('.'));
        var payments = objectives[0].GetProperty("key_results").EnumerateArray().ToList();
        Assert.Equal(2, payments.Count);
        AssertKr(payments[0], null, 61, 66, "2026-06-30", "increase", "percent");
        AssertKr(payments[1], null, 2.4, 1.5, "2026-06-30", "decrease", "percent");
        var support = objectives[1].GetProperty("key_results").EnumerateArray().ToList();
        AssertKr(support[1], null, 4.2, 4.5, "2026-06-30", "increase", null);
    }

    [Fact]
    public void Import_ToNewFolder_WritesAWorkspaceThatValidates()
    {
        var run = CliRun.Of("import", Sample("headings-and-bullets.md"), "-o", _folder, "--cycle", "2026-Q2", "--organisation", "Acme");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Join(_folder, "workspace.yaml")));
        Assert.True(File.Exists(Path.Join(_folder, "okrs", "growth.yaml")));
        var validate = CliRun.Of("validate", _folder);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("2 objectives, 5 key results", validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_IntoExistingWorkspaceWithSameObjectives_WritesNothingAndExitsTwo()
    {
        Assert.Equal(0, CliRun.Of("import", Sample("headings-and-bullets.md"), "-o", _folder, "--cycle", "2026-Q2").ExitCode);
        var before = File.ReadAllText(Path.Join(_folder, "okrs", "growth.yaml"));

        var again = CliRun.Of("import", Sample("headings-and-bullets.md"), "-o", _folder, "--cycle", "2026-Q2");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("growth/O1 already exists in 2026-Q2", again.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Join(_folder, "okrs", "growth.yaml")));
        Assert.Single(Directory.EnumerateFiles(Path.Join(_folder, "okrs")));
    }

    [Fact]
    public void Import_MissingFile_ExitsTwo()
    {
        var run = CliRun.Of("import", Path.Join(_folder, "none.md"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    private static List<JsonElement> ImportJson(string sample, params string[] extra)
    {
        var cycle = extra.Contains("--cycle") ? [] : new[] { "--cycle", "2026-Q2" };
        var run = CliRun.Of(["import", Sample(sample), "--format", "json", .. cycle, .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        return [.. JsonDocument.Parse(run.Out).RootElement.EnumerateArray()];
    }

    private static void AssertKr(JsonElement kr, string? text, double baseline, double target, string deadline, string direction, string? unit)
    {
        if (text is not null)
        {
            Assert.Equal(text, kr.GetProperty("text").GetString());
        }

        Assert.Equal(baseline, kr.GetProperty("baseline").GetDouble(), 6);
        Assert.Equal(target, kr.GetProperty("target").GetDouble(), 6);
        Assert.Equal(deadline, kr.GetProperty("deadline").GetString());
        Assert.Equal(direction, kr.GetProperty("direction").GetString());
        if (unit is not null)
        {
            Assert.Equal(unit, kr.GetProperty("unit").GetString());
        }
    }

    private static string Sample(string name) => Path.Join(RepoPaths.Root, "tests", "Throughline.Cli.Tests", "Samples", name);
}

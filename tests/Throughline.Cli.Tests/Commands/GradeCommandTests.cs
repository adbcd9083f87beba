using System.Text.Json;
using Throughline.Workspace.Loading;

namespace Throughline.Cli.Tests.Commands;

public sealed class GradeCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "tl-grade-" + Guid.NewGuid().ToString("N"));

    public GradeCommandTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Acme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(_folder, Path.GetRelativePath(RepoPaths.Acme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Grade_WritesKrGradesKeepsEarlierCyclesAndAveragesObjectives()
    {
        var earlier = WorkspaceLoader.Load(_folder).Workspace!.Grades.Count(g => g.Cycle == "2026-Q3");

        var run = CliRun.Of("grade", _folder, "--format", "json");
        var again = CliRun.Of("grade", _folder, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("provisional", run.Error, StringComparison.Ordinal);
        var loaded = WorkspaceLoader.Load(_folder);
        Assert.False(loaded.HasErrors);
        var grades = loaded.Workspace!.Grades;
        Assert.Equal(earlier, grades.Count(g => g.Cycle == "2026-Q3"));
        var q4 = grades.Where(g => g.Cycle == "2026-Q4").ToDictionary(g => g.KeyResult.ToString());
        Assert.Equal(1.0, q4["customer-success/O2-KR1"].Score);
        Assert.Contains("PR012", q4["customer-success/O2-KR1"].Note, StringComparison.Ordinal);
        Assert.Equal(0.03, q4["collaboration/O1-KR1"].Score);
        Assert.Equal(0.5, q4["sales/O1-KR1"].Score);
        Assert.False(q4.ContainsKey("enterprise/O1-KR1"));
        Assert.Equal(q4.Count, grades.Count(g => g.Cycle == "2026-Q4"));

        var root = JsonDocument.Parse(run.Out).RootElement;
        var growthO1 = root.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("objective").GetString() == "growth/O1");
        var krs = root.GetProperty("key_results").EnumerateArray().Where(k => k.GetProperty("kr").GetString()!.StartsWith("growth/O1-", StringComparison.Ordinal)).Select(k => k.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(Math.Round(krs.Average(), 2), growthO1.GetProperty("score").GetDouble());
        Assert.Contains(root.GetProperty("learnings").EnumerateArray(), l => l.GetString()!.StartsWith("Mean KR grade", StringComparison.Ordinal));
    }

    [Fact]
    public void Grade_DryRun_DoesNotWrite()
    {
        var before = File.ReadAllText(Path.Join(_folder, "grades.yaml"));

        var run = CliRun.Of("grade", _folder, "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Dry run", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Join(_folder, "grades.yaml")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

using Throughline.Workspace.Loading;

namespace Throughline.Cli.Tests.Commands;

public sealed class AdjustCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "tl-adjust-" + Guid.NewGuid().ToString("N"));

    public AdjustCommandTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Acme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(_folder, Path.GetRelativePath(RepoPaths.Acme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Adjust_ChangesTargetAndTextLogsTheDecisionAndKeepsASnapshot()
    {
        var okrFile = Path.Join(_folder, "okrs", "collaboration-2026-Q4.yaml");
        var comments = File.ReadAllLines(okrFile).Where(l => l.TrimStart().StartsWith('#')).ToList();

        var run = CliRun.Of("adjust", _folder, "collaboration/O1-KR1", "--target", "24", "--why", "Set without a baseline trend check", "--who", "CPO", "--date", "2026-11-20");

        Assert.Equal(0, run.ExitCode);
        var loaded = WorkspaceLoader.Load(_folder);
        Assert.False(loaded.HasErrors);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Warning);
        var kr = loaded.Workspace!.ObjectivesIn().SelectMany(o => o.KeyResults).Single(k => k.Ref.ToString() == "collaboration/O1-KR1");
        Assert.Equal(24, kr.Target);
        Assert.EndsWith("from 22% to 24%", kr.Text, StringComparison.Ordinal);
        var decision = loaded.Workspace.Decisions[^1];
        Assert.Equal((40.0, 24.0), (decision.PreviousTarget!.Value, decision.NewTarget!.Value));
        Assert.Equal("Set without a baseline trend check", decision.Why);
        Assert.Equal(comments, File.ReadAllLines(okrFile).Where(l => l.TrimStart().StartsWith('#')).ToList());
        var snapshot = File.ReadAllText(Path.Join(_folder, "snapshots", "2026-11-20-collaboration-O1-KR1.yaml"));
        Assert.Contains("target: 40", snapshot, StringComparison.Ordinal);
        Assert.Contains("from okrs/collaboration-2026-Q4.yaml:", snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjust_UnknownKr_ExitsWith2AndWritesNothing()
    {
        var before = File.ReadAllText(Path.Join(_folder, "decisions.yaml"));

        var run = CliRun.Of("adjust", _folder, "collaboration/O9-KR1", "--target", "24", "--why", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a key result", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Join(_folder, "decisions.yaml")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

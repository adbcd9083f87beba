using Throughline.Workspace.Loading;
using Throughline.Workspace.Writing;

namespace Throughline.Cli.Tests.Commands;

public sealed class CheckInCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "tl-checkin-" + Guid.NewGuid().ToString("N"));

    public CheckInCommandTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Acme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(_folder, Path.GetRelativePath(RepoPaths.Acme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string CheckIns => Path.Join(_folder, "checkins.csv");

    [Fact]
    public void CheckIn_AppendsOneRowThatTheLoaderReadsBack()
    {
        var before = File.ReadAllLines(CheckIns).Length;

        var run = CliRun.Of("checkin", _folder, "enterprise/O2-KR1", "--value", "2.7", "--confidence", "1", "--note", "Role templates, \"finally\" live", "--date", "2026-11-27");

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(CheckIns);
        Assert.Equal(before + 1, lines.Length);
        Assert.Equal("enterprise/O2-KR1,2026-11-27,2.7,1,\"Role templates, \"\"finally\"\" live\",,Daniel Brooks", lines[^1]);
        var loaded = WorkspaceLoader.Load(_folder);
        Assert.False(loaded.HasErrors);
        var checkIn = loaded.Workspace!.CheckIns.Last(c => c.KeyResult.ToString() == "enterprise/O2-KR1");
        Assert.Equal(2.7, checkIn.Value);
        Assert.Equal("Role templates, \"finally\" live", checkIn.Note);
    }

    [Theory]
    [InlineData("growth/O9-KR1", "2", "is not a key result")]
    [InlineData("growth/O1-KR1", "12,5%", "is not a number")]
    public void CheckIn_BadInput_ExitsWith2AndLeavesTheFileAlone(string kr, string value, string message)
    {
        var before = File.ReadAllText(CheckIns);

        var run = CliRun.Of("checkin", _folder, kr, "--value", value, "--confidence", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(CheckIns));
    }

    [Fact]
    public void CheckIn_ConfidenceOutOfRange_IsAUsageError()
    {
        var run = CliRun.Of("checkin", _folder, "growth/O1-KR1", "--value", "12.6", "--confidence", "3");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void CheckIn_CrashAfterTheNewFileIsWrittenAndBeforeTheMove_LeavesThePreviousFileIntact()
    {
        var before = File.ReadAllBytes(CheckIns);
        var checkIn = new Core.Model.CheckIn
        {
            KeyResult = Core.Model.OkrRef.ForKeyResult("growth", "O1", "KR1"),
            Date = new DateOnly(2026, 11, 27),
            Value = 12.7,
            Confidence = Core.Model.Confidence.OnTrack,
        };
        string? temporary = null;

        var crash = Assert.Throws<IOException>(() => CheckInAppender.Append(_folder, checkIn, path =>
        {
            temporary = path;
            throw new IOException("simulated crash: the process dies before the move");
        }));

        Assert.Contains("simulated crash", crash.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(CheckIns));
        Assert.EndsWith("growth/O1-KR1,2026-11-27,12.7,2,,,\n", File.ReadAllText(temporary!), StringComparison.Ordinal);
        Assert.False(WorkspaceLoader.Load(_folder).HasErrors);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "tl-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_SampleWorkspace_IsValidWithExitCodeZero()
    {
        var run = CliRun.Of("validate", RepoPaths.Acme);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": valid — ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" error TL", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenWorkspace_PrintsEveryErrorWithPositionAndExitsTwo()
    {
        Write("workspace.yaml", "organisation: X\ncurrent_cycle: 2026-Q1\ncycles:\n  - id: 2026-Q1\n    start: 2026-03-01\n    end: 2026-01-01\n");
        Write("units.yaml", "units:\n  - id: x\n    kind: company\n  - id: team\n    kind: product-team\n    parent: nobody\n");
        Write("okrs/team.yaml", "unit: team\nobjectives:\n  - id: O1\n    title: Grow\n    key_results:\n      - id: KR1\n        text: Grow users from 10 to 20\n        target: [1\n");

        var run = CliRun.Of("validate", _folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{_folder}/workspace.yaml:4:5: error TL0205:", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{_folder}/units.yaml:4:5: error TL0202: unit 'team' has parent unknown unit 'nobody'", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{_folder}/okrs/team.yaml:", run.Out, StringComparison.Ordinal);
        Assert.Contains("error TL0101: malformed YAML", run.Out, StringComparison.Ordinal);
        Assert.Contains(": invalid — ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_ListsDiagnosticsWithFileLineColumn()
    {
        Write("workspace.yaml", "organisation: X\ncurrent_cycle: 2026-Q9\ncycles:\n  - id: 2026-Q1\n    start: 2026-01-01\n    end: 2026-03-31\n");

        var run = CliRun.Of("validate", _folder, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "TL0204");
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Contains("2026-Q9", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFolder_ExitsTwoWithFix()
    {
        var run = CliRun.Of("validate", Path.Join(_folder, "nope"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the workspace folder does not exist", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownOption_IsAUsageErrorWithExitCodeTwo()
    {
        var run = CliRun.Of("validate", RepoPaths.Acme, "--colour");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("show")]
    [InlineData("import")]
    public void Help_EveryCommand_DescribesItself(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains(command, run.Out, StringComparison.Ordinal);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Join(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}

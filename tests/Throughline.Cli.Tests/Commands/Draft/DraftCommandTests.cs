using System.Text.Json;
using Throughline.Workspace.Loading;

namespace Throughline.Cli.Tests.Commands.Draft;

/// <summary><c>throughline draft</c> end to end on a copy of acme: the file it writes, what it refuses, the JSON.</summary>
public sealed class DraftCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "tl-draft-" + Guid.NewGuid().ToString("N"));

    public DraftCommandTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Acme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(_folder, Path.GetRelativePath(RepoPaths.Acme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Draft_WritesANewFileInTheWorkspaceFormat_ThatLoadsInPlaceOfTheTeamsOkrs()
    {
        var run = CliRun.Of("draft", _folder, "--unit", "onboarding");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var file = Path.Join(_folder, "drafts", "onboarding-2026-Q4.yaml");
        Assert.True(File.Exists(file));
        Assert.Contains("offline", run.Out, StringComparison.Ordinal);
        Assert.Contains("Quality review of the draft: 0 errors", run.Out, StringComparison.Ordinal);
        File.Copy(file, Path.Join(_folder, "okrs", "onboarding-2026-Q4.yaml"), overwrite: true);
        foreach (var referencing in new[] { "checkins.csv", "roadmap.yaml", "dependencies.yaml", "grades.yaml" })
        {
            // These files point at the team's real KRs, which the draft replaces.
            File.Delete(Path.Join(_folder, referencing));
        }

        var loaded = WorkspaceLoader.Load(_folder);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var objective = Assert.Single(loaded.Workspace!.ObjectivesIn(), o => o.Owner == "onboarding");
        Assert.Equal("acme/O1-KR2", objective.Supports[0].Target.ToString());
        Assert.Equal(34, objective.KeyResults[0].Baseline);
    }

    [Fact]
    public void Draft_ExistingDraft_IsRefusedWithoutForce()
    {
        Assert.Equal(ExitCodes.Ok, CliRun.Of("draft", _folder, "--unit", "growth").ExitCode);

        var again = CliRun.Of("draft", _folder, "--unit", "growth");
        var forced = CliRun.Of("draft", _folder, "--unit", "growth", "--force");

        Assert.Equal(ExitCodes.BadInput, again.ExitCode);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, forced.ExitCode);
    }

    [Fact]
    public void Draft_OutputInsideOkrs_IsRefusedEvenWithForce()
    {
        var okrFile = Path.Join(_folder, "okrs", "growth-2026-Q4.yaml");
        var before = File.ReadAllText(okrFile);

        var run = CliRun.Of("draft", _folder, "--unit", "growth", "-o", okrFile, "--force");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("okrs/", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(okrFile));
    }

    [Fact]
    public void Draft_UnknownUnit_IsBadInput()
    {
        var run = CliRun.Of("draft", _folder, "--unit", "nobody");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("unknown unit 'nobody'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_Json_HasTheAssessmentOfEveryKeyResult()
    {
        var run = CliRun.Of("draft", _folder, "--unit", "data-platform", "--format", "json", "-o", Path.Join(_folder, "dp.yaml"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("data-platform", root.GetProperty("unit").GetString());
        Assert.Equal(0, root.GetProperty("review").GetProperty("errors").GetInt32());
        var kr = root.GetProperty("objectives")[0].GetProperty("key_results")[0];
        Assert.Equal("p95_query_latency", kr.GetProperty("metric").GetString());
        Assert.Equal("outcome", kr.GetProperty("kind").GetString());
        Assert.True(kr.GetProperty("measurable").GetBoolean());
        Assert.Contains("quarterly changes", kr.GetProperty("calibration").GetString(), StringComparison.Ordinal);
        Assert.Equal("acme/O1", root.GetProperty("no_line_of_sight")[0].GetProperty("company_objective").GetString());
    }

    [Fact]
    public void Draft_LlmWithoutConfiguration_DraftsOfflineAndSaysSo()
    {
        if (Environment.GetEnvironmentVariable("THROUGHLINE_LLM_ENDPOINT") is not null || Environment.GetEnvironmentVariable("THROUGHLINE_LLM_CONFIG") is not null)
        {
            return; // a machine with an LLM configured exercises the other path
        }

        var run = CliRun.Of("draft", _folder, "--unit", "growth", "--llm");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("no LLM is configured", run.Error, StringComparison.Ordinal);
        Assert.Contains("drafted offline", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Join(_folder, "drafts", "growth-2026-Q4.yaml")));
    }
}

using System.Text.Json;

namespace Throughline.Cli.Tests.Commands.Draft;

/// <summary><c>throughline review-draft</c>: the seed's prompt 2 on a written draft.</summary>
public sealed class ReviewDraftCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "tl-review-draft-" + Guid.NewGuid().ToString("N"));

    public ReviewDraftCommandTests()
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
    public void ReviewDraft_OfflineDraft_HasNoErrorsAndAStrongConnection()
    {
        Assert.Equal(ExitCodes.Ok, CliRun.Of("draft", _folder, "--unit", "onboarding").ExitCode);

        var json = Json(Path.Join(_folder, "drafts", "onboarding-2026-Q4.yaml"));

        Assert.Equal("onboarding", json.GetProperty("unit").GetString());
        Assert.Equal(0, json.GetProperty("errors").GetInt32());
        Assert.Equal(5, json.GetProperty("objectives")[0].GetProperty("connections")[0].GetProperty("strength").GetInt32());
        Assert.Empty(json.GetProperty("not_measured").EnumerateArray());
        Assert.All(json.GetProperty("ambition").EnumerateArray(), a => Assert.Contains(a.GetProperty("verdict").GetString(), new[] { "ambitious", "modest" }));
    }

    [Fact]
    public void ReviewDraft_DraftMissingAnOutcome_NamesItWithASuggestedKr()
    {
        CliRun.Of("draft", _folder, "--unit", "onboarding");
        var file = Path.Join(_folder, "drafts", "onboarding-2026-Q4.yaml");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text[..text.IndexOf("  - id: KR3", StringComparison.Ordinal)]);

        var json = Json(file);

        var missing = Assert.Single(json.GetProperty("not_measured").EnumerateArray());
        Assert.Equal("Time to first dashboard", missing.GetProperty("metric").GetString());
        Assert.StartsWith("Reduce Time to first dashboard from 2.6 days", missing.GetProperty("suggested_key_result").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewDraft_TeamsRealOkrs_JudgesAmbitionAgainstLastQuarter()
    {
        var run = CliRun.Of("review-draft", Path.Join(_folder, "okrs", "onboarding-2026-Q4.yaml"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("ambition: unrealistic (needs +7 pts; last quarter moved +3 pts", run.Out, StringComparison.Ordinal);
        Assert.Contains("connection 5/5", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning KR009", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewDraft_FileWithoutUnit_IsBadInput()
    {
        var file = Path.Join(_folder, "drafts", "broken.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "objectives: []\n");

        var run = CliRun.Of("review-draft", file);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("no top-level 'unit:'", run.Error, StringComparison.Ordinal);
    }

    private static JsonElement Json(string file)
    {
        var run = CliRun.Of("review-draft", file, "--format", "json");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }
}

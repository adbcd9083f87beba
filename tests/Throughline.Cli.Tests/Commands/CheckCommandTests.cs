using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Check_SampleWorkspace_ReportsPlantedOutputKrWithRuleEvidenceAndFix()
    {
        var run = CliRun.Of("check", RepoPaths.Acme, "--format", "json", "--fail-on", "never");

        Assert.Equal(0, run.ExitCode);
        var findings = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        var sso = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "KR001" && f.GetProperty("target").GetString() == "enterprise/O1-KR1");
        Assert.False(string.IsNullOrWhiteSpace(sso.GetProperty("evidence").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(sso.GetProperty("fix").GetString()));
        Assert.EndsWith("okrs/enterprise-2026-Q4.yaml", sso.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.True(sso.GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public void Check_ErrorFindings_ExitWithCodeOneByDefault()
    {
        var run = CliRun.Of("check", RepoPaths.Acme);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("KR007", run.Out, StringComparison.Ordinal);
        Assert.Contains("findings:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SinglePastedFile_ImportsAndReviewsIt()
    {
        var sample = Path.Join(RepoPaths.Root, "tests", "Throughline.Cli.Tests", "Samples", "headings-and-bullets.md");

        var run = CliRun.Of("check", sample, "--format", "json", "--fail-on", "never");

        Assert.Equal(0, run.ExitCode);
        var findings = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "KR001" && f.GetProperty("target").GetString() == "growth/O2-KR2");
        Assert.DoesNotContain(findings, f => f.GetProperty("rule").GetString() == "KR001" && f.GetProperty("target").GetString() == "growth/O1-KR1");
    }
}

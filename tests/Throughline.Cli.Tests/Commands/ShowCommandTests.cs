using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class ShowCommandTests
{
    [Fact]
    public void Show_SampleWorkspace_PrintsCompanyObjectivesWithSupportingTeamsUnderTheirKrs()
    {
        var run = CliRun.Of("show", RepoPaths.Acme);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        var companyKr = Array.FindIndex(lines, l => l.Contains("O1-KR1 Increase trial-to-paid conversion from 11.4% to 13.0%", StringComparison.Ordinal));
        var growth = Array.FindIndex(lines, l => l.Contains("growth/O1 Trials turn into paying teams faster", StringComparison.Ordinal));
        Assert.True(companyKr >= 0 && growth > companyKr, "growth/O1 should be printed under acme/O1-KR1");
        Assert.True(Indent(lines[growth]) > Indent(lines[companyKr]));
        Assert.Contains("enterprise-ready/O1", run.Out, StringComparison.Ordinal);
        Assert.Contains("shared by Enterprise Admin & Security, Sales, Finance", run.Out, StringComparison.Ordinal);
        Assert.Contains("(contribution not accepted)", run.Out, StringComparison.Ordinal);
        Assert.Contains("[11.4% -> 13% by 2026-12-31]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_SampleWorkspace_ListsLocalAndHealthGoalsSeparately()
    {
        var run = CliRun.Of("show", RepoPaths.Acme);

        var unlinked = run.Out.IndexOf("Objectives linked to no company objective", StringComparison.Ordinal);
        var health = run.Out.IndexOf("Health and support goals", StringComparison.Ordinal);
        Assert.True(unlinked > 0 && health > unlinked);
        Assert.Contains("reporting/O4", run.Out[unlinked..health], StringComparison.Ordinal);
        Assert.Contains("finance/O1", run.Out[health..], StringComparison.Ordinal);
        Assert.DoesNotContain("finance/O1", run.Out[unlinked..health], StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Json_MatchesTheDocumentedGoldenFile()
    {
        var run = CliRun.Of("show", RepoPaths.Acme, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var golden = RepoPaths.Golden("show-acme.json");
        if (Environment.GetEnvironmentVariable("THROUGHLINE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, run.Out);
        }

        Assert.Equal(File.ReadAllText(golden), run.Out);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(3, json.RootElement.GetProperty("cascade").GetArrayLength());
        Assert.Equal("2026-Q4", json.RootElement.GetProperty("cycle").GetProperty("id").GetString());
    }

    [Fact]
    public void Show_UnitFilter_KeepsOnlyBranchesWithThatUnit()
    {
        var run = CliRun.Of("show", RepoPaths.Acme, "--unit", "marketing", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var refs = new List<string>();
        Collect(json.RootElement.GetProperty("cascade"), refs);
        Assert.Contains("marketing/O1", refs);
        Assert.DoesNotContain("growth/O1", refs);
        Assert.Contains("acme/O1", refs);
    }

    [Fact]
    public void Show_PreviousCycle_ShowsThatCyclesObjectives()
    {
        var run = CliRun.Of("show", RepoPaths.Acme, "--cycle", "2026-Q3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("cycle 2026-Q3", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("enterprise-ready/O1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnknownCycle_ExitsTwoNamingTheCycles()
    {
        var run = CliRun.Of("show", RepoPaths.Acme, "--cycle", "2027-Q1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2026-Q3, 2026-Q4", run.Error, StringComparison.Ordinal);
    }

    private static void Collect(JsonElement nodes, List<string> refs)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            refs.Add(node.GetProperty("ref").GetString()!);
            Collect(node.GetProperty("children"), refs);
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ', '│', '├', '└', '─').Length;
}

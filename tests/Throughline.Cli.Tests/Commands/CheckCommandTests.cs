using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Throughline.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Check_Json_ReportsPlantedOutputKrWithScoreRewriteEvidenceAndFix()
    {
        var run = CliRun.Of("check", RepoPaths.Acme, "--format", "json", "--fail-on", "never");

        Assert.Equal(0, run.ExitCode);
        var sso = KeyResults(run).Single(k => k.GetProperty("id").GetString() == "enterprise/O1-KR1");
        Assert.Equal("output", sso.GetProperty("kind").GetString());
        Assert.InRange(sso.GetProperty("score").GetInt32(), 0, 40);
        Assert.Equal(sso.GetProperty("score").GetInt32(), sso.GetProperty("score_factors").EnumerateArray().Sum(f => f.GetProperty("points").GetInt32()));
        var finding = sso.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "KR001");
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("evidence").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("fix").GetString()));
        Assert.EndsWith("okrs/enterprise-2026-Q4.yaml", finding.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.True(finding.GetProperty("line").GetInt32() > 0);
        var rewrite = sso.GetProperty("rewrite");
        Assert.StartsWith("Increase ", rewrite.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-11-30", rewrite.GetProperty("deadline").GetString());
    }

    [Fact]
    public void Check_Json_GivesEveryKrItsExtractedFieldsAndEveryObjectiveScoreAndConnection()
    {
        var run = CliRun.Of("check", RepoPaths.Acme, "--format", "json", "--fail-on", "never");

        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("2026-Q4", root.GetProperty("cycle").GetString());
        var objectives = root.GetProperty("objectives").EnumerateArray().ToList();
        Assert.All(objectives, o => Assert.InRange(o.GetProperty("score").GetInt32(), 0, 100));
        var vague = objectives.Single(o => o.GetProperty("title").GetString() == "Improve the product");
        Assert.Equal(1, vague.GetProperty("connection_strength").GetInt32());
        Assert.Contains("line of sight", vague.GetProperty("connections")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var company = objectives.First(o => o.GetProperty("id").GetString()!.StartsWith("acme/", StringComparison.Ordinal));
        Assert.False(company.TryGetProperty("connection_strength", out _));
        Assert.Contains("company objective", company.GetProperty("connection_note").GetString(), StringComparison.Ordinal);

        var coEditing = KeyResults(run).Single(k => k.GetProperty("id").GetString() == "collaboration/O1-KR1");
        Assert.Equal("outcome", coEditing.GetProperty("kind").GetString());
        Assert.Equal(22, coEditing.GetProperty("baseline").GetDouble());
        Assert.Equal(40, coEditing.GetProperty("target").GetDouble());
        Assert.Equal("increase", coEditing.GetProperty("direction").GetString());
        Assert.Contains(coEditing.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "KR009");
    }

    [Fact]
    public void Check_ErrorFindings_ExitWithCodeOneByDefault()
    {
        var run = CliRun.Of("check", RepoPaths.Acme);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("KR007", run.Out, StringComparison.Ordinal);
        Assert.Contains("rewrite:", run.Out, StringComparison.Ordinal);
        Assert.Contains("findings:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnitFilter_KeepsOnlyThatUnitsObjectives_AndRejectsUnknownUnits()
    {
        var run = CliRun.Of("check", RepoPaths.Acme, "--unit", "enterprise", "--format", "json", "--fail-on", "never");

        var objectives = JsonDocument.Parse(run.Out).RootElement.GetProperty("objectives").EnumerateArray().ToList();
        Assert.Contains(objectives, o => o.GetProperty("id").GetString()!.StartsWith("enterprise/", StringComparison.Ordinal));
        Assert.All(objectives, o => Assert.True(
            o.GetProperty("id").GetString()!.StartsWith("enterprise/", StringComparison.Ordinal) ||
            o.GetProperty("contributors").EnumerateArray().Any(c => c.GetString() == "enterprise"),
            $"{o.GetProperty("id")} is neither enterprise's nor shared with it"));

        var unknown = CliRun.Of("check", RepoPaths.Acme, "--unit", "enterprize");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Unknown unit 'enterprize'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SinglePastedFile_ImportsAndReviewsIt()
    {
        var sample = Path.Join(RepoPaths.Root, "tests", "Throughline.Cli.Tests", "Samples", "headings-and-bullets.md");

        var run = CliRun.Of("check", sample, "--format", "json", "--fail-on", "never");

        Assert.Equal(0, run.ExitCode);
        var krs = KeyResults(run).ToDictionary(k => k.GetProperty("id").GetString()!);
        Assert.Contains(krs["growth/O2-KR2"].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "KR001");
        Assert.DoesNotContain(krs["growth/O1-KR1"].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "KR001");
    }

    [Fact]
    public void Check_PastedFileNamingItsCycle_ReviewsThatCycleAndSaysWhatItCouldNotRead()
    {
        var sample = Path.Join(RepoPaths.Root, "tests", "Throughline.Cli.Tests", "Samples", "payments-q1-2027.md");

        var run = CliRun.Of("check", sample, "--fail-on", "never");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("info: cycle 2027-Q1, read from \"Q1 2027\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("quality review of 2027-Q1", run.Out, StringComparison.Ordinal);
        Assert.Contains("TL0405", run.Error, StringComparison.Ordinal);
        Assert.Contains("placeholder target \"$N\"", run.Error, StringComparison.Ordinal);

        // The KR linked to its dashboard says how it is measured; the same KR without the link would not.
        var krs = KeyResults(CliRun.Of("check", sample, "--format", "json", "--fail-on", "never")).ToDictionary(k => k.GetProperty("id").GetString()!);
        Assert.DoesNotContain(krs["payments/O2-KR1"].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "KR005");
        Assert.Contains(krs["payments/O2-KR3"].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "KR005");
        Assert.True(krs.ContainsKey("growth/O1-KR1"), "the 'Team Growth:' line is read");
    }

    [Fact]
    public void Check_Markdown_HasUnitSectionsKrTablesFindingsAndRewrites()
    {
        var run = CliRun.Of("check", RepoPaths.Acme, "--format", "markdown", "--fail-on", "never");

        Assert.StartsWith("# Quality review: Acme", run.Out, StringComparison.Ordinal);
        Assert.Contains("## Enterprise", run.Out, StringComparison.Ordinal);
        Assert.Contains("| KR | kind | score | key result | findings |", run.Out, StringComparison.Ordinal);
        Assert.Contains("[KR001](docs/rules.md)", run.Out, StringComparison.Ordinal);
        Assert.Contains("**Rewrite:** Increase weekly active users of SSO", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Sarif_ValidatesAgainstTheSarif210Schema()
    {
        var run = CliRun.Of("check", RepoPaths.Acme, "--format", "sarif", "--fail-on", "never", "--sarif-root", RepoPaths.Root);

        var schema = JsonSchema.FromFile(Path.Join(RepoPaths.Root, "tests", "Throughline.Cli.Tests", "Sarif", "sarif-schema-2.1.0.json"));
        var result = schema.Evaluate(JsonNode.Parse(run.Out), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = result.Details.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void Check_Sarif_PointsEachFindingAtItsYamlFileAndLine()
    {
        var run = CliRun.Of("check", RepoPaths.Acme, "--format", "sarif", "--fail-on", "never", "--sarif-root", RepoPaths.Root);

        var sarif = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        var runElement = sarif.GetProperty("runs")[0];
        var rules = runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("KR001", rules);
        Assert.Contains("OB005", rules);
        var results = runElement.GetProperty("results").EnumerateArray().ToList();
        var sso = results.Single(r => r.GetProperty("ruleId").GetString() == "KR001" &&
            r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString() == "enterprise/O1-KR1");
        var physical = sso.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("examples/acme/okrs/enterprise-2026-Q4.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var line = physical.GetProperty("region").GetProperty("startLine").GetInt32();
        var yaml = File.ReadAllLines(Path.Join(RepoPaths.Acme, "okrs", "enterprise-2026-Q4.yaml"));
        Assert.Contains("id: KR1", yaml[line - 1], StringComparison.Ordinal);
        Assert.Contains("Ship SSO", yaml[line], StringComparison.Ordinal);
        Assert.Equal(rules.IndexOf("KR001"), sso.GetProperty("ruleIndex").GetInt32());
        Assert.Contains(results, r => r.GetProperty("level").GetString() == "error");
    }

    private static IEnumerable<JsonElement> KeyResults(CliRun run) =>
        JsonDocument.Parse(run.Out).RootElement.GetProperty("objectives").EnumerateArray().SelectMany(o => o.GetProperty("key_results").EnumerateArray());
}

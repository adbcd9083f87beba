using Throughline.Core.Diagnostics;
using Throughline.Core.Portfolio;

namespace Throughline.Core.Tests.Portfolio;

public sealed class ActionRankerTests
{
    private static PortfolioFinding Finding(string rule, Severity severity, string target, params string[] units) =>
        new("quality", rule, severity, target, units, $"{rule} on {target}", $"evidence for {target}", $"fix {rule}");

    [Fact]
    public void Rank_OneErrorOutranksSeveralWarningsOfOneUnit()
    {
        var findings = new[]
        {
            Finding("KR005", Severity.Warning, "enterprise/O1-KR1", "enterprise"),
            Finding("KR005", Severity.Warning, "enterprise/O1-KR2", "enterprise"),
            Finding("KR005", Severity.Warning, "enterprise/O1-KR3", "enterprise"),
            Finding("KR003", Severity.Error, "reporting/O1-KR1", "reporting"),
        };

        var actions = ActionRanker.Rank(findings, id => id == "KR005" ? "Measurement undefined" : null);

        Assert.Equal("KR003", actions[0].RuleIds[0]);
        Assert.Equal("enterprise: Measurement undefined (3 findings)", actions[1].Title);
        Assert.Contains("enterprise/O1-KR1, enterprise/O1-KR2, enterprise/O1-KR3", actions[1].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_ConflictBetweenTeamsOutranksTheSameSeverityInOneTeam_AndNamesEveryUnit()
    {
        var findings = new[]
        {
            Finding("KR001", Severity.Warning, "growth/O1-KR1", "growth"),
            new PortfolioFinding("conflicts", "CF001", Severity.Warning, "growth/O1-KR1 vs onboarding/O1-KR2", ["growth", "onboarding", "reporting"], "conversion speed vs onboarding completion", "evidence", "talk"),
        };

        var actions = ActionRanker.Rank(findings, _ => null);

        Assert.Equal("CF001", actions[0].RuleIds[0]);
        Assert.StartsWith("growth, onboarding and reporting: ", actions[0].Title, StringComparison.Ordinal);
        Assert.Equal(["growth", "onboarding", "reporting"], actions[0].Units);
    }

    [Fact]
    public void Rank_PutsOneActionPerRuleFirst_SoTheTopFiveAreVaried()
    {
        var findings = Enumerable.Range(1, 6).Select(i => Finding("KR001", Severity.Warning, $"team{i}/O1-KR1", $"team{i}"))
            .Append(Finding("OB002", Severity.Warning, "sales/O1", "sales"))
            .ToList();

        var actions = ActionRanker.Rank(findings, _ => null);

        Assert.Equal(5, actions.Count);
        Assert.Contains(actions, a => a.RuleIds[0] == "OB002");
        Assert.Equal([1, 2, 3, 4, 5], actions.Select(a => a.Rank));
    }

    [Fact]
    public void Rank_InfosAreNeverActions()
    {
        var actions = ActionRanker.Rank([Finding("AL007", Severity.Info, "acme/O1", "growth")], _ => null);

        Assert.Empty(actions);
    }
}

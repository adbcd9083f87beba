using Throughline.Core.Model;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Rules;

/// <summary>The objective rules OB001-OB004 on hand-built workspaces: one case that finds, one that does not.</summary>
public sealed class ObjectiveRuleTests
{
    private static Objective Titled(string title) => GoodObjective("team", "O1") with { Title = title };

    [Theory]
    [InlineData("Build the Snowflake connector")]
    [InlineData("Migrate billing to Stripe")]
    [InlineData("Launch the mobile app")]
    public void Ob001_ProjectName_Warns(string title)
    {
        var finding = Assert.Single(Run("OB001", Titled(title)));

        Assert.Contains(title, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ob001_OutcomeTitle_NoFinding() =>
        Assert.Empty(Run("OB001", Titled("Enterprises analyse live data without extracts")));

    [Theory]
    [InlineData("Improve the product")]
    [InlineData("Be better")]
    public void Ob002_VagueTitle_Warns(string title) =>
        Assert.Single(Run("OB002", Titled(title)));

    [Theory]
    [InlineData("Enterprise dashboards feel instant")]
    [InlineData("Grow the accounts we already have")]
    public void Ob002_SpecificTitle_NoFinding(string title) =>
        Assert.Empty(Run("OB002", Titled(title)));

    [Fact]
    public void Ob003_ChildCopiesParentTitle_Warns()
    {
        var parent = GoodObjective("acme", "O2") with { Title = "Become the platform enterprises standardise on" };
        var child = GoodObjective("sales", "O1") with
        {
            Title = "Become the platform enterprises standardise on!",
            Supports = [new ParentLink { Target = OkrRef.ForObjective("acme", "O2") }],
        };

        var finding = Assert.Single(Run("OB003", parent, child));

        Assert.Equal("sales/O1", finding.Target.ToString());
    }

    [Fact]
    public void Ob003_ChildStatesOwnContribution_NoFinding()
    {
        var parent = GoodObjective("acme", "O2") with { Title = "Become the platform enterprises standardise on" };
        var child = GoodObjective("sales", "O1") with
        {
            Title = "Enterprise deals close in one quarter",
            Supports = [new ParentLink { Target = OkrRef.ForKeyResult("acme", "O2", "KR1") }],
        };

        Assert.Empty(Run("OB003", parent, child));
    }

    [Fact]
    public void Ob004_SixKeyResults_Warns()
    {
        var krs = Enumerable.Range(1, 6).Select(i => Good("team", "O1", $"KR{i}")).ToArray();

        var finding = Assert.Single(Run("OB004", Obj("team", "O1", "New teams reach value in their first week", krs)));

        Assert.Contains("6 key results", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ob004_OneKeyResultIsTooFew_TwoIsFine()
    {
        Assert.Single(Run("OB004", Obj("team", "O1", "New teams reach value in their first week", Good("team", "O1", "KR1"))));
        Assert.Empty(Run("OB004", GoodObjective("team", "O1")));
    }
}

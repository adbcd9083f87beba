using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Quality.Rules;

/// <summary>The unit rules UN001-UN002, the catalogue and the ordering of <see cref="QualityCheck"/>.</summary>
public sealed class UnitRuleTests
{
    [Fact]
    public void Un001_FourObjectives_WarnsOnTheLast()
    {
        var objectives = Enumerable.Range(1, 4).Select(i => GoodObjective("team", $"O{i}") with { Order = i }).ToArray();

        var finding = Assert.Single(Run("UN001", objectives));

        Assert.Equal("team/O4", finding.Target.ToString());
    }

    [Fact]
    public void Un001_ThreeObjectives_NoFinding() =>
        Assert.Empty(Run("UN001", [.. Enumerable.Range(1, 3).Select(i => GoodObjective("team", $"O{i}") with { Order = i })]));

    [Fact]
    public void Un002_SameMetricInTwoObjectivesOfOneUnit_Warns()
    {
        var first = Obj("growth", "O1", "Trials turn into paying teams faster", Good("growth", "O1", "KR1"), Good("growth", "O1", "KR2") with { Metric = "net revenue retention" });
        var second = Obj("growth", "O2", "Pricing that pulls teams onto the right plan", Good("growth", "O2", "KR1") with { Text = "Activation rate 30 -> 35%" }, Good("growth", "O2", "KR2") with { Metric = "ARPA" });

        var finding = Assert.Single(Run("UN002", first, second));

        Assert.Equal("growth/O2-KR1", finding.Target.ToString());
    }

    [Fact]
    public void Un002_SameMetricInParentAndChildUnits_NoFinding()
    {
        var company = GoodObjective("acme", "O1");
        var team = GoodObjective("growth", "O1") with { Supports = [new ParentLink { Target = OkrRef.ForKeyResult("acme", "O1", "KR1") }] };

        Assert.Empty(Run("UN002", company, team));
    }

    [Fact]
    public void Catalogue_ListsEveryRuleOnceWithDocs()
    {
        string[] expected = ["KR001", "KR002", "KR003", "KR004", "KR005", "KR006", "KR007", "KR008", "KR009", "OB001", "OB002", "OB003", "OB004", "OB005", "UN001", "UN002"];

        Assert.Equal(expected, QualityRules.Catalogue.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(QualityRules.Catalogue, r => Assert.False(string.IsNullOrWhiteSpace(r.Why) || string.IsNullOrWhiteSpace(r.HowToFix)));
    }

    [Fact]
    public void Run_SortsErrorsFirst_AndIgnoresOtherCycles()
    {
        var noTarget = Kr("team", "O1", "KR1", "Improve activation rate") with { Metric = "activation rate", Baseline = 30 };
        var current = Obj("team", "O1", "Build the onboarding wizard", noTarget, Good("team", "O1", "KR2"));
        var old = Obj("team", "O1", "Improve the product", Good("team", "O1", "KR1")) with { Cycle = "2026-Q3" };

        var findings = QualityCheck.Run(Workspace(current, old), Throughline.Core.Knowledge.KnowledgeBase.BuiltIn);

        Assert.Equal(Severity.Error, findings[0].Severity);
        Assert.Equal(findings.OrderByDescending(f => f.Severity).Select(f => f.Severity), findings.Select(f => f.Severity));
        Assert.DoesNotContain(findings, f => f.RuleId is "OB002" or "OB004");
        Assert.Empty(QualityCheck.Run(Workspace(current, old), Throughline.Core.Knowledge.KnowledgeBase.BuiltIn, "2027-Q1"));
    }
}

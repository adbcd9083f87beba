using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Knowledge;

public sealed class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.BuiltIn;

    [Fact]
    public void BuiltIn_Metrics_LoadAbout80()
    {
        Assert.InRange(Kb.Metrics.Count, 80, 150);
        Assert.InRange(Kb.Tensions.Count, 10, 20);
    }

    [Fact]
    public void BuiltIn_MetricIds_AreUnique()
    {
        var duplicates = Kb.Metrics.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void BuiltIn_EveryFamily_HasMetrics()
    {
        foreach (var family in Enum.GetValues<MetricFamily>())
        {
            Assert.Contains(Kb.Metrics, m => m.Family == family);
        }
    }

    [Fact]
    public void BuiltIn_EveryDrivesTarget_Exists()
    {
        var missing = Kb.Metrics.SelectMany(m => m.Drives.Select(d => $"{m.Id} -> {d}")).Where(r => Kb.Find(r[(r.IndexOf("-> ", StringComparison.Ordinal) + 3)..]) is null);
        Assert.Empty(missing);
    }

    [Fact]
    public void BuiltIn_NoMetric_DrivesItself() =>
        Assert.DoesNotContain(Kb.Metrics, m => m.Drives.Contains(m.Id, StringComparer.Ordinal));

    [Fact]
    public void BuiltIn_EveryTensionSide_IsMetricOrFamily()
    {
        var families = Enum.GetNames<MetricFamily>().Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var tension in Kb.Tensions)
        {
            Assert.True(Kb.Find(tension.A) is not null || families.Contains(tension.A), $"unknown tension side '{tension.A}'");
            Assert.True(Kb.Find(tension.B) is not null || families.Contains(tension.B), $"unknown tension side '{tension.B}'");
            Assert.False(string.IsNullOrWhiteSpace(tension.Rationale));
        }
    }

    [Fact]
    public void BuiltIn_EveryMetric_HasDirectionIndicatorAndUnit() =>
        Assert.All(Kb.Metrics, m =>
        {
            Assert.NotNull(m.GoodDirection);
            Assert.NotNull(m.Indicator);
            Assert.NotEqual(MeasureUnit.Unspecified, m.Unit);
        });

    [Fact]
    public void BuiltIn_VanityMetrics_ExplainWhy()
    {
        var vanity = Kb.Metrics.Where(m => m.IsVanity).ToList();
        Assert.True(vanity.Count >= 8);
        Assert.All(vanity, m => Assert.False(string.IsNullOrWhiteSpace(m.VanityNote)));
        Assert.DoesNotContain(Kb.Metrics, m => !m.IsVanity && m.VanityNote is not null);
    }

    [Theory]
    [InlineData("page_views")]
    [InlineData("downloads")]
    [InlineData("social_followers")]
    [InlineData("impressions")]
    [InlineData("signups")]
    [InlineData("app_installs")]
    [InlineData("social_likes")]
    [InlineData("email_list_size")]
    [InlineData("time_on_site")]
    public void BuiltIn_VanityMetric_IsFlagged(string id) => Assert.True(Kb.Find(id)?.IsVanity);

    [Theory]
    [InlineData("activation_rate", "customer_retention")]
    [InlineData("customer_retention", "net_revenue_retention")]
    [InlineData("trial_conversion", "new_arr")]
    [InlineData("onboarding_completion", "activation_rate")]
    [InlineData("p95_latency", "customer_satisfaction")]
    [InlineData("ticket_deflection", "support_cost")]
    [InlineData("customer_satisfaction", "customer_retention")]
    public void Driven_KnownRelation_IsPresent(string driver, string driven)
    {
        Assert.Contains(Kb.Driven(driver), m => m.Id == driven);
        Assert.Contains(Kb.DriversOf(driven), m => m.Id == driver);
    }

    [Fact]
    public void WithCatalogue_WorkspaceMetricLikeBuiltIn_InheritsAndMatches()
    {
        var extended = Kb.WithCatalogue([new MetricDefinition { Id = "wk_active", Name = "Weekly active accounts", Synonyms = ["WAA"] }]);

        var metric = extended.Find("wk_active");
        Assert.NotNull(metric);
        Assert.True(metric.FromCatalogue);
        Assert.Equal(MetricFamily.Engagement, metric.Family);
        Assert.Equal(MetricDirection.Increase, metric.GoodDirection);
        Assert.Equal(Kb.Find("weekly_active_users")!.Drives, metric.Drives);
        Assert.Equal("wk_active", extended.Match("Grow WAA to 300")?.Metric.Id);
        Assert.Equal("wk_active", extended.Match("Raise weekly active accounts to 4k")?.Metric.Id);
        Assert.Equal(Kb.Metrics.Count + 1, extended.Metrics.Count);
        Assert.Null(Kb.Find("wk_active"));
    }

    [Fact]
    public void WithCatalogue_NewWorkspaceMetric_IsAddedAndMatchable()
    {
        var extended = Kb.WithCatalogue([new MetricDefinition { Id = "widget_throughput", Name = "Widget throughput", GoodDirection = MetricDirection.Increase }]);

        var match = extended.Match("Double widget throughput by Q3");
        Assert.Equal("widget_throughput", match?.Metric.Id);
        Assert.Equal("name", match?.How);
        Assert.False(match?.Metric.IsVanity);
    }

    [Fact]
    public void WithCatalogue_Empty_ReturnsSameBase() => Assert.Same(Kb, Kb.WithCatalogue([]));
}

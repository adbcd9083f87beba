using Throughline.Core.Alignment;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Alignment;

/// <summary>How two metrics of the knowledge base relate, and which words two texts share.</summary>
public sealed class MetricRelationsTests
{
    private static KnownMetric Find(string id) => KnowledgeBase.BuiltIn.Find(id) ?? throw new InvalidOperationException($"no metric {id}");

    [Theory]
    [InlineData("activation_rate", "activation_rate", MetricRelation.Same)]
    [InlineData("onboarding_completion", "activation_rate", MetricRelation.Driver)]
    [InlineData("activation_rate", "customer_retention", MetricRelation.Driver)]
    [InlineData("onboarding_completion", "customer_retention", MetricRelation.IndirectDriver)]
    [InlineData("activation_rate", "onboarding_completion", MetricRelation.DrivenBy)]
    [InlineData("customer_churn", "renewal_rate", MetricRelation.SameFamily)]
    [InlineData("time_to_hire", "cloud_cost", MetricRelation.None)]
    [InlineData("customer_churn", "customer_retention", MetricRelation.Same)]
    [InlineData("activation_rate", "customer_churn", MetricRelation.Driver)]
    [InlineData("first_response_time", "customer_churn", MetricRelation.IndirectDriver)]
    public void Relate_BuiltInMetrics_FollowsDrivesAndFamilies(string from, string to, MetricRelation expected) =>
        Assert.Equal(expected, MetricRelations.Relate(KnowledgeBase.BuiltIn, Find(from), Find(to)));

    [Fact]
    public void Relate_CatalogueMetricLikeABuiltIn_IsTheSameMetric()
    {
        var knowledge = KnowledgeBase.BuiltIn.WithCatalogue(
        [
            new MetricDefinition { Id = "wk1_activation", Name = "Week-1 activation", Synonyms = ["activation rate"], MeasureUnit = MeasureUnit.Percent },
        ]);
        var catalogue = knowledge.Find("wk1_activation")!;

        Assert.Equal("activation_rate", catalogue.CanonicalId);
        Assert.Equal(MetricRelation.Same, MetricRelations.Relate(knowledge, catalogue, Find("activation_rate")));
        Assert.Equal(MetricRelation.Driver, MetricRelations.Relate(knowledge, catalogue, Find("customer_retention")));
        Assert.Equal(MetricRelation.DrivenBy, MetricRelations.Relate(knowledge, catalogue, Find("onboarding_completion")));
    }

    [Fact]
    public void Common_InflectedWords_ShareAStem()
    {
        var terms = new SharedTerms(KnowledgeBase.BuiltIn);

        var common = SharedTerms.Common(terms.Terms(["Grow activation of invited editors"]), terms.Terms(["Activated accounts per editor"]));

        Assert.Contains("activation", common);
        Assert.Contains("editors", common);
    }

    [Fact]
    public void Terms_StopAndGenericWords_AreIgnored()
    {
        var terms = new SharedTerms(KnowledgeBase.BuiltIn);

        var common = SharedTerms.Common(terms.Terms(["Launch the new plan for our customers in 2026"]), terms.Terms(["Ship a new plan to customers by 2026"]));

        Assert.Empty(common);
    }
}

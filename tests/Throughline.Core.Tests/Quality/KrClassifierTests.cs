using Throughline.Core.Knowledge;
using Throughline.Core.Quality.Classification;

namespace Throughline.Core.Tests.Quality;

public sealed class KrClassifierTests
{
    [Theory]
    // Delivery verbs lead: output, whatever follows.
    [InlineData("Launch the partner portal")]
    [InlineData("Ship dark mode to all users")]
    [InlineData("Build a self-serve refund flow")]
    [InlineData("Complete migration of the auth service to Go")]
    [InlineData("Publish the 2027 security whitepaper")]
    [InlineData("Deliver the Q3 board pack on time")]
    [InlineData("Implement rate limiting on the public API")]
    [InlineData("Release v4 of the mobile SDK")]
    [InlineData("Deploy the new CDN configuration")]
    [InlineData("Migrate 60% of workloads to Kubernetes")]
    [InlineData("Roll out the new expense tool to every office")]
    [InlineData("Finish the data retention policy")]
    [InlineData("Set up on-call rotations for the data team")]
    [InlineData("Create onboarding videos for admins")]
    [InlineData("Document the disaster recovery procedure")]
    [InlineData("Define SLOs for the checkout service")]
    [InlineData("Design the v2 navigation")]
    [InlineData("Integrate Stripe Tax")]
    [InlineData("- [P0] ship CSV import (owner: @lee) https://example.com/issue/42")]
    // Counts of activity, hiring and onboarding: output.
    [InlineData("Run 6 customer webinars")]
    [InlineData("Hire 3 engineers")]
    [InlineData("Onboard 10 new vendors")]
    [InlineData("Conduct 15 user interviews")]
    [InlineData("Host 5 community workshops")]
    [InlineData("Write 4 blog posts about the new API")]
    // Attainment of a deliverable: output.
    [InlineData("Achieve SOC 2 certification")]
    [InlineData("Reach feature parity with the desktop app")]
    [InlineData("Get the Android app to GA")]
    // Finished state of a deliverable, no verb: output.
    [InlineData("The new API is enabled by default")]
    [InlineData("The continuity plan is documented")]
    [InlineData("Audit-log export available to all enterprise tenants")]
    [InlineData("Snowflake connector GA by Dec 11")]
    [InlineData("Billing service live in production")]
    [InlineData("Vendor contracts renegotiated")]
    [InlineData("Mobile checkout MVP")]
    public void Classify_DeliveryWork_IsOutput(string text) => AssertKind(KrKind.Output, text);

    [Theory]
    // Change verbs lead: outcome, even without a number.
    [InlineData("Reduce time to first value")]
    [InlineData("Increase conversion")]
    [InlineData("Grow WAU from 5k to 8k")]
    [InlineData("Reduce hiring time from 45 to 30 days")]
    [InlineData("Improve NPS from 30 to 45")]
    [InlineData("Cut support costs by 20%")]
    [InlineData("Double weekly paying users")]
    [InlineData("Maintain 99.9% uptime")]
    [InlineData("Increase hires' 90-day retention to 95%")]
    // A measured state, no verb: outcome.
    [InlineData("A service runs 10 days without a crash")]
    [InlineData("70% of new accounts complete onboarding within 7 days")]
    [InlineData("p95 latency under 200 ms")]
    [InlineData("Churn below 2% per month")]
    [InlineData("NPS ≥ 50")]
    [InlineData("Zero P1 incidents")]
    [InlineData("Trial conversion 12% (from 9%)")]
    [InlineData("80% of orders delivered within 48h")]
    // Reaching a number: outcome.
    [InlineData("Reach 10,000 paying customers")]
    [InlineData("Achieve 99.95% availability")]
    [InlineData("Hit $2M ARR")]
    [InlineData("Onboarding checklist completion from 48% to 55% of new workspaces")]
    [InlineData("Hiring funnel pass rate from 12% to 18%")]
    public void Classify_MeasuredChange_IsOutcome(string text) => AssertKind(KrKind.Outcome, text);

    [Theory]
    [InlineData("Launch X and reach 30% weekly adoption")]
    [InlineData("Ship the new editor and increase weekly edits by 15%")]
    [InlineData("Migrate to the new CDN, reducing p95 page load by 30%")]
    [InlineData("Launch referrals to increase signups by 10%")]
    [InlineData("Release offline mode with 99.5% crash-free sessions")]
    public void Classify_DeliveryAndResult_IsMixed(string text) => AssertKind(KrKind.Mixed, text);

    [Fact]
    public void Classify_NamesTheCue()
    {
        var result = KrClassifier.Classify("Launch the partner portal", KnowledgeBase.BuiltIn);

        Assert.Contains(result.Reasons, r => r.Contains("\"launch\"", StringComparison.Ordinal));
        Assert.InRange(result.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Classify_MixedNamesBothCues()
    {
        var result = KrClassifier.Classify("Launch X and reach 30% weekly adoption", KnowledgeBase.BuiltIn);

        Assert.Contains(result.Reasons, r => r.Contains("delivery verb", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.Contains("measured value", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_UsesTheKnowledgeBaseWordLists()
    {
        var lists = new Dictionary<string, IReadOnlyList<string>> { ["output_verbs"] = ["frobnicate"] };
        var knowledge = KnowledgeBase.Create([], [], lists);

        Assert.Equal(KrKind.Output, KrClassifier.Classify("Frobnicate the widgets", knowledge).Kind);
        Assert.Equal(KrKind.Output, KrClassifier.Classify("Launch the widgets", knowledge).Kind);
    }

    private static void AssertKind(KrKind expected, string text)
    {
        var result = KrClassifier.Classify(text, KnowledgeBase.BuiltIn);
        Assert.True(expected == result.Kind, $"expected {expected}, got {result.Kind}: {string.Join("; ", result.Reasons)}");
    }

    [Theory]
    [InlineData("Claims denial rate", "Claims denial rate", 12.0, 7.0)]
    [InlineData("Provider eNPS", "Provider eNPS", 12.0, 30.0)]
    [InlineData("Patient-reported \"issue resolved\" at 7-day follow-up", null, 71.0, 80.0)]
    public void Classify_MetricNameWithItsValuesStatedApart_IsAnOutcome(string text, string? metric, double baseline, double target)
    {
        var keyResult = Throughline.Core.Tests.Quality.Rules.RuleKit.Kr("clinic", "O1", "KR1", text) with { Metric = metric, Baseline = baseline, Target = target };

        var result = KrClassifier.Classify(keyResult, KnowledgeBase.BuiltIn);

        Assert.Equal(KrKind.Outcome, result.Kind);
        Assert.Equal(KrKind.Output, KrClassifier.Classify(text, KnowledgeBase.BuiltIn).Kind);
    }

    [Theory]
    [InlineData("Attend 4 trade fairs (Hannover Messe; EMO; Battery Show; Formnext)")]
    [InlineData("Hold 4 team-building events")]
    public void Classify_ActivityCountWithItsValuesRestatedApart_StaysAnOutput(string text)
    {
        var keyResult = Throughline.Core.Tests.Quality.Rules.RuleKit.Kr("sales", "O1", "KR1", text) with { Baseline = 0, Target = 4 };

        Assert.Equal(KrKind.Output, KrClassifier.Classify(keyResult, KnowledgeBase.BuiltIn).Kind);
    }

    [Theory]
    [InlineData("Roll out new scheduling tool")]
    [InlineData("Visit utilization rate among covered lives")]
    public void Classify_KeyResultWithoutStatedValues_KeepsWhatItsTextSays(string text)
    {
        var keyResult = Throughline.Core.Tests.Quality.Rules.RuleKit.Kr("clinic", "O1", "KR1", text);

        Assert.Equal(KrKind.Output, KrClassifier.Classify(keyResult, KnowledgeBase.BuiltIn).Kind);
    }

    [Fact]
    public void Classify_StateWordAfterPer_QualifiesTheUnit()
    {
        var keyResult = Throughline.Core.Tests.Quality.Rules.RuleKit.Kr("finance", "O1", "KR1", "Cost per completed visit") with { Metric = "Cost per completed visit", Baseline = 41.2, Target = 36 };

        Assert.Equal(KrKind.Outcome, KrClassifier.Classify(keyResult, KnowledgeBase.BuiltIn).Kind);
    }
}

using Throughline.Core.Knowledge;
using Throughline.Core.Quality.Classification;

namespace Throughline.Core.Tests.Quality.Classification;

/// <summary>Clause shapes found in other organisations' OKRs, read without a lead verb or against one.</summary>
public sealed class KrClassifierShapeTests
{
    [Theory]
    [InlineData("The new API is enabled by default")]
    [InlineData("The continuity plan is documented")]
    [InlineData("Cost allocation tags applied to 100% of AWS accounts")]
    [InlineData("100% of managers complete the inclusive-hiring workshop")]
    [InlineData("Offer letters generated from Workday templates")]
    [InlineData("CLI v3 released with plugin support => 70%")]
    [InlineData("`P0` - @lena - Peer discovery over QUIC is completed (ref: meshkit/roadmap#212)")]
    [InlineData("Implement rate limiting on the public API")]
    [InlineData("User research with 12 residents on the parking permit journey")]
    [InlineData("100% of services emit structured logs")]
    [InlineData("Terraform all the things: 100% of prod infra in IaC")]
    public void Classify_DeliveryShape_IsOutput(string text) =>
        Assert.Equal(KrKind.Output, KrClassifier.Classify(text, KnowledgeBase.BuiltIn).Kind);

    [Theory]
    [InlineData("A service runs 10 days without a crash")]
    [InlineData("Reduce time to first value")]
    [InlineData("Increase conversion")]
    [InlineData("Mortgage application drop-off halved")]
    [InlineData("Cost per meal delivered below €0,85")]
    [InlineData("95% of critical patches applied within 14 days")]
    [InlineData("Open high-severity findings from 12 to 3")]
    [InlineData("Deploy frequency to daily for the monolith by end of November")]
    [InlineData("Expansion revenue of $N from existing accounts by EOY")]
    [InlineData("$N per day in interchange revenue")]
    [InlineData("Chat CSAT ≥ 4.6/5")]
    [InlineData("Build success rate on main ≥ 99.5%")]
    [InlineData("5,000 households receive winter support")]
    [InlineData("Fewer abandoned first-time PRs")]
    [InlineData("Customers trust us with their salary: more salary deposits")]
    [InlineData("0 secrets committed to public repos")]
    [InlineData("Critical vulns fixed faster")]
    [InlineData("Volunteers stay longer")]
    [InlineData("First-time contributor PRs merged within a week: 35% -> 60%")]
    [InlineData("95% of endpoints respond under 200 ms")]
    [InlineData("Analysts answer product questions without engineering help")]
    [InlineData("Critical vulns patched within 48h")]
    [InlineData("Manager effectiveness score ≥ 75 (pulse survey)")]
    [InlineData("10k newsletter subscribers")]
    [InlineData("Host cancellations 8% → 4%")]
    public void Classify_MeasuredResultShape_IsOutcome(string text) =>
        Assert.Equal(KrKind.Outcome, KrClassifier.Classify(text, KnowledgeBase.BuiltIn).Kind);

    [Theory]
    [InlineData("Ship the VS Code extension and reach 5k installs")]
    [InlineData("Ship bulk editing and get 20% of active teams using it weekly")]
    [InlineData("Launch Stories and hit X% weekly usage by end of Q4")]
    [InlineData("Roll out instant payouts to all sellers, with 30% opting in")]
    public void Classify_DeliveryAndResultInSeparateClauses_IsMixed(string text) =>
        Assert.Equal(KrKind.Mixed, KrClassifier.Classify(text, KnowledgeBase.BuiltIn).Kind);
}

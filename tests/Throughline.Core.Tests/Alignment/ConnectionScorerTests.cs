using Throughline.Core.Model;
using static Throughline.Core.Tests.Quality.Review.ReviewKit;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Alignment;

/// <summary>The 1-5 connection strength of team objectives to what they claim to support, through the quality review.</summary>
public sealed class ConnectionScorerTests
{
    private static KeyResult CompanyKr(string id, string text, string metric, double baseline, double target) =>
        Kr("acme", "O1", id, text) with { Metric = metric, Baseline = baseline, Target = target, Direction = MetricDirection.Increase, MeasureUnit = MeasureUnit.Percent };

    private static Objective Company(params KeyResult[] keyResults) =>
        Obj("acme", "O1", "New customers succeed in their first month", keyResults) with { Level = ObjectiveLevel.Company, Owner = "acme" };

    private static Objective Team(string title, OkrRef supports, params KeyResult[] keyResults) =>
        Obj("team", "O1", title, keyResults) with { Supports = [new ParentLink { Target = supports }] };

    private static KeyResult TeamKr(string id, string text, string metric, double baseline, double target) =>
        Kr("team", "O1", id, text) with { Metric = metric, Baseline = baseline, Target = target, Direction = MetricDirection.Increase, MeasureUnit = MeasureUnit.Percent };

    private static readonly OkrRef CompanyO1 = OkrRef.ForObjective("acme", "O1");

    private static Objective ActivationCompany() => Company(
        CompanyKr("KR1", "Raise week-1 activation rate from 30% to 36%", "activation rate", 30, 36),
        CompanyKr("KR2", "Raise net revenue retention from 104% to 108%", "net revenue retention", 104, 108));

    [Fact]
    public void Score_TeamKrOnSameMetric_Is5NamingBothKrs()
    {
        var team = Team("Self-serve workspaces get set up without help", CompanyO1,
            TeamKr("KR1", "Lift week-1 activation rate for self-serve workspaces from 28% to 33%", "activation rate", 28, 33),
            TeamKr("KR2", "Raise onboarding completion rate from 41% to 55%", "onboarding completion", 41, 55));

        var connection = Assert.Single(ObjectiveOf(Workspace(ActivationCompany(), team), "team/O1").Connections);

        Assert.Equal(CompanyO1, connection.Parent);
        Assert.Equal(5, connection.Strength);
        Assert.Contains("O1-KR1 measures activation rate", connection.Reason, StringComparison.Ordinal);
        Assert.Contains("acme/O1-KR1", connection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TeamMetricDrivesCompanyMetric_Is4()
    {
        var team = Team("Self-serve workspaces get set up without help", CompanyO1,
            TeamKr("KR1", "Raise onboarding completion rate from 41% to 55%", "onboarding completion", 41, 55));

        var review = ObjectiveOf(Workspace(ActivationCompany(), team), "team/O1");

        var connection = Assert.Single(review.Connections);
        Assert.Equal(4, connection.Strength);
        Assert.Contains("onboarding completion rate, which drives activation rate (acme/O1-KR1)", connection.Reason, StringComparison.Ordinal);
        Assert.Equal(4, review.ConnectionStrength);
    }

    [Fact]
    public void Score_ActivationSupportingRetention_Is4()
    {
        var company = Company(CompanyKr("KR1", "Raise 90-day customer retention from 82% to 86%", "customer retention", 82, 86));
        var team = Team("Self-serve workspaces get set up without help", CompanyO1,
            TeamKr("KR1", "Lift week-1 activation rate from 28% to 33%", "activation rate", 28, 33));

        var connection = Assert.Single(ObjectiveOf(Workspace(company, team), "team/O1").Connections);

        Assert.Equal(4, connection.Strength);
        Assert.Contains("drives", connection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnrelatedMetricsAndText_Is1NoLineOfSight()
    {
        var company = Company(CompanyKr("KR1", "Raise week-1 activation rate from 30% to 36%", "activation rate", 30, 36));
        var team = Team("Hire a world-class platform engineering group", CompanyO1,
            Kr("team", "O1", "KR1", "Cut time to hire from 48 to 35 days") with { Metric = "time to hire", Baseline = 48, Target = 35, Direction = MetricDirection.Decrease, MeasureUnit = MeasureUnit.Days });

        var connection = Assert.Single(ObjectiveOf(Workspace(company, team), "team/O1").Connections);

        Assert.Equal(1, connection.Strength);
        Assert.Contains("no plausible line of sight", connection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ParentWithoutKeyResults_IsReadFromTheMetricItsTitleNames()
    {
        var company = Obj("acme", "O1", "Reduce employee attrition") with { Level = ObjectiveLevel.Company, Owner = "acme" };
        var team = Team("Managers keep their best people", CompanyO1,
            TeamKr("KR1", "Cut regretted attrition from 12% to 8%", "regretted attrition", 12, 8) with { Direction = MetricDirection.Decrease });

        var connection = Assert.Single(ObjectiveOf(Workspace(company, team), "team/O1").Connections);

        Assert.Equal(5, connection.Strength);
        Assert.Contains("the metric of acme/O1", connection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OnlySharedWords_Is2()
    {
        var company = Company(CompanyKr("KR1", "Grow enterprise ARR from $2.1M to $3M", "annual recurring revenue", 2.1, 3)) with { Title = "Win the enterprise segment" };
        var team = Team("Enterprise security reviews stop blocking deals", CompanyO1,
            Kr("team", "O1", "KR1", "Cut p99 latency of the export API from 2,400 ms to 900 ms") with { Metric = "p99 latency", Baseline = 2400, Target = 900, Direction = MetricDirection.Decrease, MeasureUnit = MeasureUnit.Milliseconds });

        var connection = Assert.Single(ObjectiveOf(Workspace(company, team), "team/O1").Connections);

        Assert.Equal(2, connection.Strength);
        Assert.Contains("only share the words", connection.Reason, StringComparison.Ordinal);
        Assert.Contains("enterprise", connection.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Score_UnrelatedCatalogueOnlyMetrics_IsNotSameFamily()
    {
        var company = Obj("acme", "O1", "Finance runs a clean month end",
            Kr("acme", "O1", "KR1", "Cut invoice disputes from 40 to 15 a month") with { Metric = "invoice disputes", Baseline = 40, Target = 15, Direction = MetricDirection.Decrease }) with
        { Level = ObjectiveLevel.Company };
        var team = Team("Dashboards become a place teams talk", CompanyO1,
            Kr("team", "O1", "KR1", "Dashboard comments from 0.8 to 1.2 a week") with { Metric = "dashboard comments", Baseline = 0.8, Target = 1.2, Direction = MetricDirection.Increase });
        var workspace = Workspace(company, team) with
        {
            Metrics =
            [
                new MetricDefinition { Id = "invoice_disputes", Name = "Invoice disputes", MeasureUnit = MeasureUnit.Count, GoodDirection = MetricDirection.Decrease },
                new MetricDefinition { Id = "dashboard_comments", Name = "Dashboard comments", MeasureUnit = MeasureUnit.Count, GoodDirection = MetricDirection.Increase },
            ],
        };

        var connection = Assert.Single(ObjectiveOf(workspace, "team/O1").Connections);

        Assert.DoesNotContain("same metric family", connection.Reason, StringComparison.Ordinal);
        Assert.True(connection.Strength <= 2, $"scored {connection.Strength}: {connection.Reason}");
    }

    [Fact]
    public void Score_LinkToOneKr_OnlyConsidersThatKr()
    {
        var retentionTeam = TeamKr("KR1", "Raise net revenue retention of mid-market accounts from 101% to 105%", "net revenue retention", 101, 105);
        var toKr1 = Team("Mid-market accounts expand", OkrRef.ForKeyResult("acme", "O1", "KR1"), retentionTeam);
        var toKr2 = Team("Mid-market accounts expand", OkrRef.ForKeyResult("acme", "O1", "KR2"), retentionTeam);
        var toObjective = Team("Mid-market accounts expand", CompanyO1, retentionTeam);

        var viaKr1 = Assert.Single(ObjectiveOf(Workspace(ActivationCompany(), toKr1), "team/O1").Connections);
        var viaKr2 = Assert.Single(ObjectiveOf(Workspace(ActivationCompany(), toKr2), "team/O1").Connections);
        var viaObjective = Assert.Single(ObjectiveOf(Workspace(ActivationCompany(), toObjective), "team/O1").Connections);

        Assert.Equal("acme/O1-KR1", viaKr1.Parent.ToString());
        Assert.True(viaKr1.Strength < 5, $"linked to the activation KR, scored {viaKr1.Strength}: {viaKr1.Reason}");
        Assert.DoesNotContain("KR2", viaKr1.Reason, StringComparison.Ordinal);
        Assert.Equal(5, viaKr2.Strength);
        Assert.Contains("acme/O1-KR2", viaKr2.Reason, StringComparison.Ordinal);
        Assert.Equal(5, viaObjective.Strength);
    }

    [Fact]
    public void Score_ParentMissing_Is1()
    {
        var team = Team("Self-serve workspaces get set up without help", OkrRef.ForObjective("acme", "O9"),
            TeamKr("KR1", "Lift week-1 activation rate from 28% to 33%", "activation rate", 28, 33));

        var connection = Assert.Single(ObjectiveOf(Workspace(ActivationCompany(), team), "team/O1").Connections);

        Assert.Equal(1, connection.Strength);
        Assert.Contains("acme/O9", connection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_CompanyObjective_HasNoConnectionsAndANote()
    {
        var review = ObjectiveOf(Workspace(ActivationCompany()), "acme/O1");

        Assert.Empty(review.Connections);
        Assert.Null(review.ConnectionStrength);
        Assert.Contains("company objective", review.ConnectionNote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, ObjectiveType.Impact)]
    [InlineData(false, ObjectiveType.Health)]
    public void Review_HealthGoal_HasNoConnectionsAndANote(bool needNotLadderUp, ObjectiveType type)
    {
        var health = Obj("team", "O1", "Keep the reporting API fast and available",
            Kr("team", "O1", "KR1", "Keep uptime of the reporting API at 99.9% or better") with { Metric = "uptime", Target = 99.9, Direction = MetricDirection.Maintain, MeasureUnit = MeasureUnit.Percent }) with
        { NeedNotLadderUp = needNotLadderUp, Type = type };

        var review = ObjectiveOf(Workspace(ActivationCompany(), health), "team/O1");

        Assert.Empty(review.Connections);
        Assert.Contains("need not ladder up", review.ConnectionNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_TeamObjectiveWithoutLink_NotesIt()
    {
        var orphan = Obj("team", "O1", "Self-serve workspaces get set up without help", TeamKr("KR1", "Lift week-1 activation rate from 28% to 33%", "activation rate", 28, 33));

        var review = ObjectiveOf(Workspace(ActivationCompany(), orphan), "team/O1");

        Assert.Empty(review.Connections);
        Assert.Contains("claims to support no company objective or key result", review.ConnectionNote, StringComparison.Ordinal);
    }
}

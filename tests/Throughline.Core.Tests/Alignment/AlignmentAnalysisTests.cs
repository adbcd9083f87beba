using Throughline.Core.Alignment;
using Throughline.Core.Model;
using static Throughline.Core.Tests.Alignment.AlignKit;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Alignment;

/// <summary>Line of sight, coverage verdicts and the AL rules, each with a firing and a quiet case.</summary>
public sealed class AlignmentAnalysisTests
{
    private static readonly IReadOnlyList<OrgUnit> Teams = Units(("activation", UnitKind.ProductTeam), ("billing", UnitKind.ProductTeam), ("platform", UnitKind.PlatformTeam), ("finance", UnitKind.SupportFunction));

    private static Objective CompanyRetention() => Company("O1", "Customers stay and grow with us",
        Metric("acme", "O1", "KR1", "Raise net revenue retention from 104% to 108%", "net revenue retention", 104, 108),
        Metric("acme", "O1", "KR2", "Cut p95 latency from 900 ms to 600 ms", "p95 latency", 900, 600));

    [Fact]
    public void LineOfSight_UnlinkedDriverKr_SuggestsCompanyKrMarkedAsInferred()
    {
        var team = Team("activation", "O1", "New workspaces reach value in week one", null,
            Metric("activation", "O1", "KR1", "Raise week-1 activation rate from 30% to 36%", "activation rate", 30, 36));

        var los = Align(Org(Teams, CompanyRetention(), team)).LineOfSight.Single(l => l.Source.ToString() == "activation/O1-KR1");

        var best = los.Candidates[0];
        Assert.False(best.Explicit);
        Assert.Equal("acme/O1-KR1", best.Target.ToString());
        Assert.InRange(best.Score, 3, 4);
        Assert.StartsWith("Suggested", best.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LineOfSight_TeamName_SaysWhatTheTeamWorksOn()
    {
        var company = Company("O1", "Return to underwriting profit",
            Kr("acme", "O1", "KR1", "Cut average claims cost per policy by 5%"),
            Kr("acme", "O1", "KR2", "Grow policies in force by 6%"),
            Kr("acme", "O1", "KR3", "Raise the customer satisfaction score from 71 to 78"));
        var team = Team("claims-cost", "O1", "Send more repairs to the shops we trust", null,
            Kr("claims-cost", "O1", "KR1", "Route 70% of repairable vehicles to direct repair network shops"));

        var los = Align(Org(Units(("claims-cost", UnitKind.SupportFunction)), company, team)).LineOfSight.Single(l => l.Source.ToString() == "claims-cost/O1-KR1");

        Assert.Equal("acme/O1-KR1", los.Candidates[0].Target.ToString());
        Assert.Contains("the team's objective title or name shares the words claims, cost", los.Candidates[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LineOfSight_WordsOfTheOrganisationsOwnName_InATeamNameConnectNothing()
    {
        var company = Company("O1", "Become the analytics platform enterprises standardise on",
            Kr("acme", "O1", "KR1", "Grow enterprise analytics seats from 4,000 to 6,000"));
        var team = Team("core-analytics", "O1", "A calmer on-call", null,
            Kr("core-analytics", "O1", "KR1", "Cut pages per on-call week from 14 to 5"));
        var units = Units(("core-analytics", UnitKind.ProductTeam))
            .Select(u => u.Id == "acme" ? u with { Name = "Acme Analytics" } : u.Id == "core-analytics" ? u with { Name = "Core Analytics" } : u)
            .ToList();

        var los = Align(Org(units, company, team)).LineOfSight.Single(l => l.Source.ToString() == "core-analytics/O1-KR1");

        Assert.DoesNotContain(los.Candidates, c => c.Reason.Contains("analytics", StringComparison.Ordinal));
    }

    [Fact]
    public void LineOfSight_ExplicitLink_ComesFirstAndIsExplicit()
    {
        var team = Team("platform", "O1", "Dashboards load fast", "acme/O1-KR2",
            Metric("platform", "O1", "KR1", "p95 latency from 900 ms to 650 ms", "p95 latency", 900, 650));

        var los = Align(Org(Teams, CompanyRetention(), team)).LineOfSight.Single(l => l.Source.ToString() == "platform/O1");

        Assert.True(los.Candidates[0].Explicit);
        Assert.Equal(5, los.Candidates[0].Score);
        Assert.DoesNotContain(los.Candidates, c => !c.Explicit && c.Target.ToString() == "acme/O1-KR2");
    }

    [Fact]
    public void Coverage_SameMetric_IsCoveredDirect()
    {
        var team = Team("platform", "O1", "Dashboards load fast", "acme/O1-KR2",
            Metric("platform", "O1", "KR1", "p95 latency from 900 ms to 650 ms", "p95 latency", 900, 650));

        var coverage = Align(Org(Teams, CompanyRetention(), team)).Coverage.Single(c => c.Target.ToString() == "acme/O1-KR2");

        Assert.Equal(CoverageVerdict.Covered, coverage.Verdict);
        Assert.Equal(ContributionKind.DirectMetric, Assert.Single(coverage.Contributions).Kind);
    }

    [Fact]
    public void Coverage_OnlyAnOutputKr_IsThinWithInfoFinding()
    {
        var team = Team("platform", "O1", "Dashboards load fast", "acme/O1-KR2",
            Quality.Rules.RuleKit.Kr("platform", "O1", "KR1", "Ship the new query cache by November 30"));

        var report = Align(Org(Teams, CompanyRetention(), team));

        Assert.Equal(CoverageVerdict.Thin, report.Coverage.Single(c => c.Target.ToString() == "acme/O1-KR2").Verdict);
        Assert.Contains(report.Findings, f => f.RuleId == "AL007" && f.Subject == "acme/O1-KR2");
    }

    [Fact]
    public void Coverage_NobodyLinks_IsUncoveredWithSuggestedOwner()
    {
        var units = Teams.Select(u => u.Id == "platform" ? u with { Metrics = ["p95_latency"] } : u).ToList();

        var report = Align(Org(units, CompanyRetention()));

        var finding = Assert.Single(report.Findings, f => f.RuleId == "AL002" && f.Subject == "acme/O1-KR2");
        Assert.Equal(["platform"], finding.Units);
        Assert.Contains("strategy needs work", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalGoal_TeamObjectiveWithoutSupports_IsFlagged_HealthAndSupportFunctionAreNot()
    {
        var local = Team("billing", "O1", "A calmer on-call", null, Metric("billing", "O1", "KR1", "Pages per on-call week from 14 to 5", "on-call pages", 14, 5));
        var health = local with { Ref = OkrRef.ForObjective("billing", "O2"), NeedNotLadderUp = true, KeyResults = [] };
        var finance = Team("finance", "O1", "Books close fast", null, Metric("finance", "O1", "KR1", "Close in 5 days (from 9)", "close days", 9, 5)) with { Owner = "finance" };

        var findings = Align(Org(Teams, CompanyRetention(), local, health, finance)).Findings.Where(f => f.RuleId == "AL003").ToList();

        Assert.Equal(["billing/O1"], findings.Select(f => f.Subject));
    }

    [Fact]
    public void HealthEverything_UnitMetricIsCompanyKrMetric_IsFlagged()
    {
        var platform = Team("platform", "O1", "Keep the platform fast", null,
            Metric("platform", "O1", "KR1", "p95 latency 900 ms -> 700 ms", "p95 latency", 900, 700)) with
        { NeedNotLadderUp = true, Type = ObjectiveType.Health };

        var finding = Assert.Single(Align(Org(Teams, CompanyRetention(), platform)).Findings, f => f.RuleId == "AL004");

        Assert.Equal("platform", finding.Subject);
        Assert.Contains("platform/O1 to acme/O1-KR2", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthEverything_UnrelatedHealthMetrics_IsQuiet()
    {
        var finance = Team("billing", "O1", "Cash we can predict", null,
            Metric("billing", "O1", "KR1", "Days sales outstanding from 52 to 48", "days sales outstanding", 52, 48)) with
        { NeedNotLadderUp = true };

        Assert.DoesNotContain(Align(Org(Teams, CompanyRetention(), finance)).Findings, f => f.RuleId == "AL004");
    }

    [Fact]
    public void ClaimedNotEvident_VanityMetricsBehindARetentionClaim_ScoresOne()
    {
        var content = Team("billing", "O1", "Be the most-read voice in our market", "acme/O1-KR1",
            Metric("billing", "O1", "KR1", "Grow blog page views from 400k to 560k a week", "page views", 400_000, 560_000)) with
        {
            Supports = [new ParentLink { Target = OkrRef.ForKeyResult("acme", "O1", "KR1"), Contribution = "Thought leadership keeps customers engaged between renewals." }],
        };

        var report = Align(Org(Teams, CompanyRetention(), content));

        Assert.Contains(report.Findings, f => f.RuleId == "AL001" && f.Subject == "billing/O1");
        Assert.Equal(1, report.LineOfSight.Single(l => l.Source.ToString() == "billing/O1").ExplicitLinks.Single().Score);
    }

    [Fact]
    public void ClaimedNotEvident_DriverMetricBehindTheClaim_IsQuiet()
    {
        var activation = Team("activation", "O1", "New workspaces reach value in week one", "acme/O1-KR1",
            Metric("activation", "O1", "KR1", "Raise week-1 activation rate from 30% to 36%", "activation rate", 30, 36));

        Assert.DoesNotContain(Align(Org(Teams, CompanyRetention(), activation)).Findings, f => f.RuleId == "AL001");
    }

    [Fact]
    public void Fragmentation_ThreeUnitsMeasureEngagementDifferently_ProposesSharedObjective()
    {
        var a = Team("activation", "O1", "Teams use us weekly", "acme/O1", Metric("activation", "O1", "KR1", "Weekly active users 8k -> 9k", "weekly active users", 8000, 9000, "Amplitude"));
        var b = Team("billing", "O1", "Accounts stay active", "acme/O1", Metric("billing", "O1", "KR1", "Monthly active users 20k -> 22k", "monthly active users", 20000, 22000, "Snowflake"));
        var c = Team("platform", "O1", "Customers renew", "acme/O1", Metric("platform", "O1", "KR1", "Renewal rate 85% -> 88%", "renewal rate", 85, 88));

        var finding = Assert.Single(Align(Org(Teams, CompanyRetention(), a, b, c)).Findings, f => f.RuleId == "AL005");

        Assert.Equal("acme/O1", finding.Subject);
        Assert.Contains("shared objective", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragmentation_WithASharedObjective_IsQuiet()
    {
        var a = Team("activation", "O1", "Teams use us weekly", "acme/O1", Metric("activation", "O1", "KR1", "Weekly active users 8k -> 9k", "weekly active users", 8000, 9000, "Amplitude"));
        var b = Team("billing", "O1", "Accounts stay active", "acme/O1", Metric("billing", "O1", "KR1", "Monthly active users 20k -> 22k", "monthly active users", 20000, 22000, "Snowflake"));
        var shared = Team("retention", "O1", "Accounts grow because whole teams rely on us", "acme/O1",
            Metric("retention", "O1", "KR1", "Weekly active users 8k -> 9k", "weekly active users", 8000, 9000, "Amplitude")) with
        {
            Level = ObjectiveLevel.Shared,
            Contributors = [new UnitContribution { Unit = "activation" }, new UnitContribution { Unit = "billing" }],
        };

        Assert.DoesNotContain(Align(Org(Teams, CompanyRetention(), a, b, shared)).Findings, f => f.RuleId == "AL005");
    }

    [Fact]
    public void ChronicDependency_ThreeAsksBetweenOnePairAcrossKrs_IsFlagged_TwoAreNot()
    {
        var billing = Team("billing", "O1", "Invoices are right", "acme/O1",
            Metric("billing", "O1", "KR1", "Invoice disputes from 4% to 2%", "invoice disputes", 4, 2),
            Metric("billing", "O1", "KR2", "Failed payments from 3% to 2%", "failed payments", 3, 2));
        var asks = new[]
        {
            Ask("d1", "billing", "platform", "billing/O1-KR1", "Usage events", 2, "2026-11-01"),
            Ask("d2", "billing", "platform", "billing/O1-KR2", "Retry queue", 1, "2026-11-15"),
        };
        var two = Org(Teams, CompanyRetention(), billing) with { Dependencies = asks };
        var three = two with { Dependencies = [.. asks, Ask("d3", "platform", "billing", "billing/O1-KR1", "Billing API for usage", 1, "2026-12-01")] };

        Assert.DoesNotContain(Align(two).Findings, f => f.RuleId == "AL006");
        var finding = Assert.Single(Align(three).Findings, f => f.RuleId == "AL006");
        Assert.Equal("billing <-> platform", finding.Subject);
        Assert.Contains("both directions", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicatedOwnership_TwoUnitsOwnOneMetric_IsInfo_ContributorIsNot()
    {
        var a = Team("activation", "O1", "Teams use us weekly", "acme/O1", Metric("activation", "O1", "KR1", "Weekly active users 8k -> 9k", "weekly active users", 8000, 9000));
        var b = Team("billing", "O1", "Accounts stay active", "acme/O1", Metric("billing", "O1", "KR1", "Weekly active users 8k -> 8.6k", "weekly active users", 8000, 8600));
        var contributing = a with { KeyResults = [a.KeyResults[0] with { Contributors = ["billing"] }] };

        var finding = Assert.Single(Align(Org(Teams, CompanyRetention(), a, b)).Findings, f => f.RuleId == "AL008");
        Assert.Equal(Throughline.Core.Diagnostics.Severity.Info, finding.Severity);
        Assert.Equal(["activation", "billing"], finding.Units);
        Assert.DoesNotContain(Align(Org(Teams, CompanyRetention(), contributing, b)).Findings, f => f.RuleId == "AL008");
    }

    [Fact]
    public void MissingContribution_SharedObjectiveContributorWithoutStatement_IsFlagged()
    {
        var shared = Team("journey", "O1", "Accounts grow because whole teams rely on us", "acme/O1",
            Metric("journey", "O1", "KR1", "Weekly active users 8k -> 9k", "weekly active users", 8000, 9000)) with
        {
            Level = ObjectiveLevel.Shared,
            Contributors = [new UnitContribution { Unit = "activation", Statement = "Invites in onboarding." }, new UnitContribution { Unit = "billing" }],
        };
        var stated = shared with { Contributors = [.. shared.Contributors.Select(c => c with { Statement = c.Statement ?? "Seat-based plans." })] };

        var finding = Assert.Single(Align(Org(Teams, CompanyRetention(), shared)).Findings, f => f.RuleId == "AL009");
        Assert.Equal(["billing"], finding.Units);
        Assert.DoesNotContain(Align(Org(Teams, CompanyRetention(), stated)).Findings, f => f.RuleId == "AL009");
    }

    [Fact]
    public void CrossFunctional_TwoUnitsMoveOneCompanyKr_IsInfo_ListedContributorsAreNot()
    {
        var activation = Team("activation", "O1", "New workspaces reach value in week one", "acme/O1-KR1",
            Metric("activation", "O1", "KR1", "Raise week-1 activation rate from 30% to 36%", "activation rate", 30, 36));
        var billing = Team("billing", "O1", "Customers renew", "acme/O1-KR1",
            Metric("billing", "O1", "KR1", "Cut customer churn from 2.1% to 1.7%", "customer churn", 2.1, 1.7));
        var company = CompanyRetention();
        var coordinated = company with { KeyResults = [company.KeyResults[0] with { Contributors = ["activation", "billing"] }, company.KeyResults[1]] };

        var finding = Assert.Single(Align(Org(Teams, company, activation, billing)).Findings, f => f.RuleId == "AL010");
        Assert.Equal("acme/O1-KR1", finding.Subject);
        Assert.Equal(["activation", "billing"], finding.Units.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Align(Org(Teams, coordinated, activation, billing)).Findings, f => f.RuleId == "AL010");
    }
}

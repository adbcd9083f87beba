using Throughline.Core.Conflicts;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using static Throughline.Core.Tests.Alignment.AlignKit;

namespace Throughline.Core.Tests.Conflicts;

/// <summary>Every conflict type with a firing and a quiet case.</summary>
public sealed class ConflictAnalysisTests
{
    private static readonly IReadOnlyList<OrgUnit> Teams = Units(("growth", UnitKind.ProductTeam), ("onboarding", UnitKind.ProductTeam), ("platform", UnitKind.PlatformTeam), ("support", UnitKind.GoToMarket));

    private static Objective CompanyGrowth() => Company("O1", "Self-serve teams pay and stay",
        Metric("acme", "O1", "KR1", "Trial-to-paid conversion from 11% to 13%", "trial conversion", 11, 13),
        Metric("acme", "O1", "KR2", "Cut monthly cloud cost from $90k to $80k", "cloud cost", 90_000, 80_000));

    private static Objective Growth() => Team("growth", "O1", "Trials turn into paying teams faster", "acme/O1-KR1",
        Metric("growth", "O1", "KR1", "Trial-to-paid conversion from 11% to 13%", "trial conversion", 11, 13));

    private static Objective Onboarding(string? supports = "acme/O1") => Team("onboarding", "O1", "New workspaces finish setup", supports,
        Metric("onboarding", "O1", "KR1", "Onboarding completion from 48% to 55%", "onboarding completion", 48, 55));

    private static OrgUnit[] WithCapacity(double capacity) => [.. Teams.Select(u => u.Id == "platform" ? u with { CapacityForAsks = capacity } : u)];

    [Fact]
    public void Tension_ConversionVsOnboardingInOneDepartment_IsReportedWithRationale()
    {
        var conflict = Assert.Single(FindConflicts(Org(Teams, CompanyGrowth(), Growth(), Onboarding())).Conflicts, c => c.Type == ConflictType.MetricTension);

        Assert.Equal(("growth/O1-KR1", "onboarding/O1-KR1"), (conflict.A, conflict.B));
        Assert.Contains("onboarding", conflict.Rationale, StringComparison.Ordinal);
        Assert.Contains("guardrail", conflict.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Tension_MaintainGuardrail_IsQuiet()
    {
        var guardrail = Onboarding() with
        {
            KeyResults = [Metric("onboarding", "O1", "KR1", "Keep onboarding completion at or above 48%", "onboarding completion", 48, 48) with { Direction = MetricDirection.Maintain }],
        };

        Assert.DoesNotContain(FindConflicts(Org(Teams, CompanyGrowth(), Growth(), guardrail)).Conflicts, c => c.Type == ConflictType.MetricTension);
    }

    [Fact]
    public void Tension_UnitsThatNeverMeet_AreNotCompared()
    {
        var units = Teams.Select(u => u with { Parent = "acme", Kind = UnitKind.GoToMarket }).ToList();

        Assert.DoesNotContain(FindConflicts(Org(units, CompanyGrowth(), Growth(), Onboarding(supports: null))).Conflicts, c => c.Type == ConflictType.MetricTension);
    }

    [Fact]
    public void Tension_KrsThatOnlyShareAWord_AreQuiet()
    {
        var growth = Team("growth", "O1", "Trials convert", "acme/O1", Metric("growth", "O1", "KR1", "Trial workspaces with a dashboard from 20% to 30%", "trial dashboards", 20, 30));
        var onboarding = Team("onboarding", "O1", "Trial setup", "acme/O1", Metric("onboarding", "O1", "KR1", "Trial setup checklist views from 2k to 3k", "trial checklist views", 2000, 3000));

        Assert.DoesNotContain(FindConflicts(Org(Teams, CompanyGrowth(), growth, onboarding)).Conflicts, c => c.Type == ConflictType.MetricTension);
    }

    [Fact]
    public void Tension_OppositeDirectionsOnOneMetric_IsReported()
    {
        var cut = Team("platform", "O1", "Spend less on compute", "acme/O1", Metric("platform", "O1", "KR1", "Cloud cost from $90k to $80k", "cloud cost", 90_000, 80_000));
        var grow = Team("growth", "O2", "Run more experiments", "acme/O1", Metric("growth", "O2", "KR1", "Cloud cost budget for experiments from $90k to $100k", "cloud cost", 90_000, 100_000));

        var conflict = Assert.Single(FindConflicts(Org(Teams, CompanyGrowth(), cut, grow)).Conflicts, c => c.Type == ConflictType.MetricTension);

        Assert.Contains("up while", conflict.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_SameMetricDifferentSources_IsReported_SameSourceIsNot()
    {
        var a = Team("growth", "O1", "Teams use us", "acme/O1", Metric("growth", "O1", "KR1", "Weekly active users 8k -> 9k", "weekly active users", 8000, 9000, "Amplitude"));
        var b = Team("support", "O1", "Accounts active", "acme/O1", Metric("support", "O1", "KR1", "WAU 7.4k -> 7.9k", "WAU", 7400, 7900, "Snowflake account_health"));
        var same = b with { KeyResults = [Metric("support", "O1", "KR1", "WAU 8k -> 8.5k", "WAU", 8000, 8500, "Amplitude")] };

        var conflict = Assert.Single(FindConflicts(Org(Teams, CompanyGrowth(), a, b)).Conflicts, c => c.Type == ConflictType.MetricDefinition);
        Assert.Contains("Snowflake", conflict.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(FindConflicts(Org(Teams, CompanyGrowth(), a, same)).Conflicts, c => c.Type == ConflictType.MetricDefinition);
    }

    [Fact]
    public void OverAsked_AsksAboveCapacity_IsReported_WithinCapacityIsNot()
    {
        var asks = new[]
        {
            Ask("d1", "growth", "platform", "growth/O1-KR1", "Metering events for pricing", 3, "2026-12-01"),
            Ask("d2", "onboarding", "platform", "onboarding/O1-KR1", "Demo dataset loader", 2, "2026-12-15"),
        };
        var org = Org(WithCapacity(4), CompanyGrowth(), Growth(), Onboarding()) with { Dependencies = asks };

        var conflict = Assert.Single(FindConflicts(org).Conflicts, c => c.Type == ConflictType.OverAsked);
        Assert.Contains("5 engineer-weeks", conflict.Rationale, StringComparison.Ordinal);
        Assert.DoesNotContain(FindConflicts(org with { Units = WithCapacity(6) }).Conflicts, c => c.Type == ConflictType.OverAsked);
    }

    [Fact]
    public void IncompatibleDates_TwoUnitsEarlyOnOneProvider_IsReported_SpreadOutIsNot()
    {
        var early = new[]
        {
            Ask("d1", "growth", "platform", "growth/O1-KR1", "Metering events for pricing", 3, "2026-10-23"),
            Ask("d2", "onboarding", "platform", "onboarding/O1-KR1", "Demo dataset loader", 3, "2026-10-23"),
        };
        var late = early.Select(d => d with { NeededBy = new DateOnly(2026, 12, 18) }).ToArray();
        var org = Org(WithCapacity(13), CompanyGrowth(), Growth(), Onboarding()) with { Dependencies = early };

        var conflict = Assert.Single(FindConflicts(org).Conflicts, c => c.Type == ConflictType.IncompatibleDates);
        Assert.Equal("d1+d2", conflict.A);
        Assert.DoesNotContain(FindConflicts(org with { Dependencies = late }).Conflicts, c => c.Type == ConflictType.IncompatibleDates);
    }

    [Fact]
    public void Dependencies_UnagreedUnreflectedLate_AndReflectedOnTimeIsQuiet()
    {
        var asks = new[]
        {
            Ask("d1", "growth", "platform", "growth/O1-KR1", "Usage metering events for the pricing pilot", 1, "2026-11-06", agreed: false),
            Ask("d2", "onboarding", "platform", "onboarding/O1-KR1", "SCIM user provisioning", 1, "2026-12-04"),
            Ask("d3", "growth", "platform", "growth/O1-KR1", "Checkout latency budget", 1, "2026-11-06"),
            Ask("d4", "onboarding", "platform", "onboarding/O1-KR1", "Sample dataset loader for new workspaces", 1, "2026-12-04"),
        };
        Initiative Plan(string id, string title, string kr, InitiativeStatus status, string expected) => new()
        {
            Id = id,
            Title = title,
            Unit = "platform",
            Status = status,
            ExpectedCompletion = DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Impacts = [new KrImpact { KeyResult = OkrRef.TryParse(kr, out var r) ? r! : throw new ArgumentException(kr) }],
        };
        var org = Org(WithCapacity(20), CompanyGrowth(), Growth(), Onboarding()) with
        {
            Dependencies = asks,
            Initiatives =
            [
                Plan("I1", "Checkout latency budget enforcement", "growth/O1-KR1", InitiativeStatus.Planned, "2026-12-18"),
                Plan("I2", "Sample dataset loader", "platform/O9-KR1", InitiativeStatus.InProgress, "2026-11-27"),
            ],
        };

        var conflicts = FindConflicts(org).Conflicts;

        Assert.Contains(conflicts, c => c.Type == ConflictType.UnagreedDependency && c.A == "d1");
        Assert.Contains(conflicts, c => c.Type == ConflictType.UnreflectedDependency && c.A == "d2");
        Assert.Contains(conflicts, c => c.Type == ConflictType.LatePlan && c.A == "d3" && c.Severity == Severity.Warning);
        Assert.DoesNotContain(conflicts, c => c.A == "d4");
    }

    [Fact]
    public void Contributions_UnacceptedLinkAndUnownedCompanyKr_AreReported()
    {
        var growth = Growth() with
        {
            Supports = [new ParentLink { Target = OkrRef.ForKeyResult("acme", "O1", "KR1"), Accepted = false, Contribution = "We own the trial." }],
        };
        var units = Teams.Select(u => u.Id == "platform" ? u with { Metrics = ["cloud_cost"] } : u).ToList();

        var conflicts = FindConflicts(Org(units, CompanyGrowth(), growth)).Conflicts;

        Assert.Contains(conflicts, c => c.Type == ConflictType.UnacceptedContribution && c.A == "growth/O1" && c.B == "acme/O1-KR1");
        var unowned = Assert.Single(conflicts, c => c.Type == ConflictType.UnownedCompanyKr);
        Assert.Equal(("acme/O1-KR2", "platform"), (unowned.A, unowned.B));
        Assert.DoesNotContain(FindConflicts(Org(units, CompanyGrowth(), Growth())).Conflicts, c => c.Type == ConflictType.UnacceptedContribution);
    }

    [Fact]
    public void TopIssues_AtMostThree_RankedByWeight()
    {
        var asks = new[]
        {
            Ask("d1", "growth", "platform", "growth/O1-KR1", "Metering events", 6, "2026-12-01"),
            Ask("d2", "onboarding", "platform", "onboarding/O1-KR1", "Demo dataset", 6, "2026-12-15", agreed: false),
        };
        var report = FindConflicts(Org(WithCapacity(2), CompanyGrowth(), Growth(), Onboarding()) with { Dependencies = asks });

        Assert.InRange(report.TopIssues.Count, 1, 3);
        Assert.Equal(ConflictType.OverAsked, report.TopIssues[0].Conflict.Type);
        Assert.True(report.TopIssues.Zip(report.TopIssues.Skip(1)).All(p => p.First.Conflict.Weight >= p.Second.Conflict.Weight));
    }
}

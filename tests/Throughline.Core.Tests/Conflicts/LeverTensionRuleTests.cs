using Throughline.Core.Conflicts;
using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Parsing;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Conflicts;

/// <summary>Lever tensions (CF001 read from words): where two teams' levers trade off, and where they must stay quiet.</summary>
public sealed class LeverTensionRuleTests
{
    private static readonly KrParseContext Cycle = KrParseContext.ForCycle(new DateOnly(2026, 10, 5), new DateOnly(2027, 1, 3));

    private static KeyResult Parsed(string unit, string text, string id = "KR1")
    {
        var parsed = KeyResultTextParser.Parse(text, Cycle);
        return Kr(unit, "O1", id, text) with { Metric = parsed.Metric, Direction = parsed.Direction, Baseline = parsed.Baseline, Target = parsed.Target, MeasureUnit = parsed.Unit };
    }

    private static Objective Team(string unit, string? supports, params string[] texts) =>
        Obj(unit, "O1", $"{unit} objective", [.. texts.Select((t, i) => Parsed(unit, t, $"KR{i + 1}"))]) with
        {
            Supports = supports is null ? [] : [new ParentLink { Target = OkrRef.TryParse(supports, out var r) ? r : throw new ArgumentException(supports) }],
        };

    private static OkrWorkspace Org(IEnumerable<(string Unit, string Parent)> units, params Objective[] objectives) =>
        Workspace([Obj("co", "O1", "Customers pay and stay", Kr("co", "O1", "KR1", "Grow ARR from $10M to $14M")) with { Level = ObjectiveLevel.Company },
                   Obj("co", "O2", "Operations run lean", Kr("co", "O2", "KR1", "Improve gross margin from 60% to 64%")) with { Level = ObjectiveLevel.Company },
                   .. objectives]) with
        {
            Units =
            [
                new OrgUnit { Id = "co", Name = "co", Kind = UnitKind.Company },
                new OrgUnit { Id = "platform", Name = "platform", Kind = UnitKind.Department, Parent = "co" },
                new OrgUnit { Id = "ops", Name = "ops", Kind = UnitKind.Department, Parent = "co" },
                .. units.Select(u => new OrgUnit { Id = u.Unit, Name = u.Unit, Kind = UnitKind.ProductTeam, Parent = u.Parent }),
            ],
        };

    private static List<Conflict> Tensions(OkrWorkspace workspace) =>
        [.. ConflictAnalysis.Run(workspace, KnowledgeBase.BuiltIn).Conflicts.Where(c => c.Type == ConflictType.MetricTension)];

    [Fact]
    public void CostCut_AgainstWaitInOneDepartment_IsAnInfoTensionWithBothLevers()
    {
        var workspace = Org([("infra", "platform"), ("api", "platform")],
            Team("infra", "co/O2", "Cut monthly AWS spend from $410k to $300k"),
            Team("api", "co/O1", "Reduce API p99 latency from 950 ms to 400 ms"));

        var tension = Assert.Single(Tensions(workspace));

        Assert.Equal(Severity.Info, tension.Severity);
        Assert.Equal(["infra", "api"], tension.Units);
        Assert.Contains("cutting cost", tension.Rationale, StringComparison.Ordinal);
        Assert.Contains("unit platform", tension.Evidence, StringComparison.Ordinal);
        Assert.Contains("guardrail", tension.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkTension_InADepartmentOfMoreThanFifteenTeams_IsNotAMeetingPlace()
    {
        var others = Enumerable.Range(1, 15).Select(i => Team($"team{i}", "co/O1", "Grow weekly active workspaces from 100 to 120")).ToArray();
        var workspace = Org([("infra", "platform"), ("api", "platform"), .. Enumerable.Range(1, 15).Select(i => ($"team{i}", "platform"))],
            [Team("infra", "co/O2", "Cut monthly AWS spend from $410k to $300k"), Team("api", "co/O1", "Reduce API p99 latency from 950 ms to 400 ms"), .. others]);

        Assert.Empty(Tensions(workspace));
    }

    [Fact]
    public void FewerChecksAgainstFraud_MeetAnywhereInASmallOrganisation()
    {
        var workspace = Org([("claims", "ops"), ("fraud", "platform")],
            Team("claims", "co/O1", "Auto-approve 60% of claims, up from 35%"),
            Team("fraud", "co/O2", "Cut fraud losses from 0.8% to 0.5% of claims paid"));

        var tension = Assert.Single(Tensions(workspace));

        Assert.Contains("removing steps and checks", tension.Rationale, StringComparison.Ordinal);
        Assert.Contains("adding controls", tension.Rationale, StringComparison.Ordinal);
        Assert.Contains("the organisation", tension.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void FewerChecksAgainstFraud_InAnOrganisationOfMoreThanFifteenTeams_NeedsACloserMeetingPlace()
    {
        var others = Enumerable.Range(1, 15).Select(i => Team($"team{i}", null, "Grow weekly active workspaces from 100 to 120")).ToArray();
        var workspace = Org([("claims", "ops"), ("fraud", "platform"), .. Enumerable.Range(1, 15).Select(i => ($"team{i}", i % 2 == 0 ? "ops" : "platform"))],
            [Team("claims", "co/O1", "Auto-approve 60% of claims, up from 35%"), Team("fraud", "co/O2", "Cut fraud losses from 0.8% to 0.5% of claims paid"), .. others]);

        Assert.DoesNotContain(Tensions(workspace), t => t.Units.Contains("claims") && t.Units.Contains("fraud"));
    }

    [Fact]
    public void WorkTension_BetweenDepartmentsWithNothingInCommon_IsQuiet()
    {
        var workspace = Org([("infra", "platform"), ("couriers", "ops")],
            Team("infra", "co/O2", "Cut monthly AWS spend from $410k to $300k"),
            Team("couriers", "co/O1", "Reduce median delivery time from 38 to 31 minutes"));

        Assert.Empty(Tensions(workspace));
    }

    [Fact]
    public void PriceAgainstConversion_ServingOneCompanyObjective_MeetsAcrossDepartments()
    {
        var workspace = Org([("pricing", "platform"), ("checkout", "ops")],
            Team("pricing", "co/O1", "Raise average service fee per order from EUR 0.90 to EUR 1.40"),
            Team("checkout", "co/O1", "Raise checkout completion from 78% to 85%"));

        var tension = Assert.Single(Tensions(workspace));

        Assert.Contains("charging more", tension.Rationale, StringComparison.Ordinal);
        Assert.Contains("support of co/O1", tension.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Deliverables_LevelsHeldAndCompoundWords_PullNoLever()
    {
        var workspace = Org([("enterprise", "platform"), ("growth", "platform")],
            Team("enterprise", "co/O1", "Audit-log export available to all enterprise tenants", "Keep checkout completion at or above 80%"),
            Team("growth", "co/O1", "Lift trial-to-paid conversion from 11.4% to 13.0%"));

        Assert.Empty(Tensions(workspace));
    }

    [Fact]
    public void SameThingPushedBothWays_IsATension_ButANarrowerFailureMeasureIsNot()
    {
        var delisting = Org([("sales", "ops"), ("quality", "ops")],
            Team("sales", "co/O1", "Grow live restaurants from 6,200 to 8,000"),
            Team("quality", "co/O1", "Cut live restaurants rated under 3.5 from 410 to 100"));
        var churn = Org([("sales", "ops"), ("success", "ops")],
            Team("sales", "co/O1", "Grow active enterprise workspaces from 300 to 400"),
            Team("success", "co/O1", "Cut churned enterprise workspaces from 30 to 15"));

        var tension = Assert.Single(Tensions(delisting));
        Assert.Contains("both ways", tension.Rationale, StringComparison.Ordinal);
        Assert.Empty(Tensions(churn));
    }
}

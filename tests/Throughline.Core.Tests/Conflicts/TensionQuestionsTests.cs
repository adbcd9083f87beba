using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;
using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Conflicts;

/// <summary>Where a judge outside the rules is asked about tensions, and what the review of its answers keeps (CF011).</summary>
public sealed class TensionQuestionsTests
{
    [Fact]
    public void For_SmallOrganisation_IsOneQuestionWithEveryTeamKeyResult()
    {
        var context = AlignmentContext.Create(Organisation(teamsPerDepartment: 4), KnowledgeBase.BuiltIn);

        var question = Assert.Single(TensionQuestions.For(context));

        Assert.Equal("the organisation", question.Place);
        Assert.Equal(8, question.KeyResults.Count);
        Assert.Equal(["org/O1"], question.KeyResults.Single(k => k.Ref == "ops-0/O1-KR1").Supports);
    }

    [Fact]
    public void For_LargeOrganisation_AsksWhereTeamsMeetAndNeverAboutMoreThanFifteenUnits()
    {
        var context = AlignmentContext.Create(Organisation(teamsPerDepartment: 10), KnowledgeBase.BuiltIn);

        var questions = TensionQuestions.For(context);

        Assert.Equal(["support of org/O1", "support of org/O2", "unit growth", "unit ops"], questions.Select(q => q.Place));
        Assert.All(questions, q => Assert.InRange(q.KeyResults.Select(k => k.Unit).Distinct().Count(), 2, 15));
        Assert.Equal(20, questions.SelectMany(q => q.KeyResults).Select(k => k.Ref).Distinct().Count());
    }

    [Fact]
    public void Review_KeepsRealPairsOfTwoUnitsOnce_AndSaysWhyTheRestWereSetAside()
    {
        var context = AlignmentContext.Create(Organisation(teamsPerDepartment: 4), KnowledgeBase.BuiltIn);
        var question = Assert.Single(TensionQuestions.For(context));
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new List<string>();
        JudgedTension[] proposals =
        [
            new("ops-0/O1-KR1", "growth-1/O1-KR1", "Cutting cost per delivery removes the drivers that keep same-day slots open."),
            new("growth-1/O1-KR1", "ops-0/O1-KR1", "The same pair, the other way round."),
            new("ops-0/O1-KR1", "ops-0/O1-KR1", "One unit."),
            new("ops-9/O1-KR1", "growth-1/O1-KR1", "Not in this place."),
            new("ops-2/O1-KR1", "growth-3/O1-KR1", "   "),
        ];

        var kept = TensionQuestions.Review(context, question, proposals, "a-model", reported, dropped);

        var tension = Assert.Single(kept);
        Assert.Equal(("CF011", ConflictType.MetricTension, Severity.Info), (tension.RuleId, tension.Type, tension.Severity));
        Assert.Equal(["ops-0", "growth-1"], tension.Units);
        Assert.Contains("as judged by a-model: Cutting cost per delivery", tension.Rationale, StringComparison.Ordinal);
        Assert.Contains("They meet in the organisation", tension.Evidence, StringComparison.Ordinal);
        Assert.Equal(3, dropped.Count);
        Assert.Contains(dropped, d => d.EndsWith("belong to one unit, ops-0", StringComparison.Ordinal));
        Assert.Contains(dropped, d => d.EndsWith("ops-9/O1-KR1 is not a team key result in the organisation", StringComparison.Ordinal));
        Assert.Contains(dropped, d => d.EndsWith("came without a mechanism", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_PairTheRulesReported_IsNotReportedTwice()
    {
        var context = AlignmentContext.Create(Organisation(teamsPerDepartment: 4), KnowledgeBase.BuiltIn);
        var question = Assert.Single(TensionQuestions.For(context));
        var offline = ConflictAnalysis.Run(context);
        var rules = new Conflict("CF010", ConflictType.MetricTension, Severity.Info, "ops-0/O1-KR1", "growth-1/O1-KR1", ["ops-0", "growth-1"], "r", "e", "s", null, 1);
        var reported = TensionQuestions.ReportedPairs(offline with { Conflicts = [rules] });

        var kept = TensionQuestions.Review(context, question, [new("growth-1/O1-KR1", "ops-0/O1-KR1", "Known already.")], "a-model", reported, new List<string>());

        Assert.Empty(kept);
    }

    private static OkrWorkspace Organisation(int teamsPerDepartment)
    {
        var units = new List<OrgUnit>
        {
            new() { Id = "org", Name = "Org", Kind = UnitKind.Company },
            new() { Id = "ops", Name = "Operations", Parent = "org", Kind = UnitKind.Department },
            new() { Id = "growth", Name = "Growth", Parent = "org", Kind = UnitKind.Department },
        };
        var objectives = new List<Objective>
        {
            Obj("org", "O1", "Deliver for less", Kr("org", "O1", "KR1", "Cut cost per delivery from $7.40 to $6.20")) with { Level = ObjectiveLevel.Company },
            Obj("org", "O2", "Grow the customer base", Kr("org", "O2", "KR1", "Grow weekly active customers from 420k to 550k")) with { Level = ObjectiveLevel.Company },
        };
        foreach (var (department, parent, text) in new[] { ("ops", "org/O1", "Cut cost per delivery from $7.40 to $6.80"), ("growth", "org/O2", "Grow first orders from 9,000 to 11,000 a week") })
        {
            for (var i = 0; i < teamsPerDepartment; i++)
            {
                var unit = $"{department}-{i}";
                units.Add(new OrgUnit { Id = unit, Name = unit, Parent = department, Kind = UnitKind.ProductTeam });
                objectives.Add(Obj(unit, "O1", $"Team {unit}", Kr(unit, "O1", "KR1", text)) with
                {
                    Supports = [new ParentLink { Target = OkrRef.TryParse(i % 2 == 0 ? parent : (parent == "org/O1" ? "org/O2" : "org/O1"), out var target) ? target : throw new InvalidOperationException() }],
                });
            }
        }

        return Workspace([.. objectives]) with { Units = units, Organisation = "org" };
    }
}

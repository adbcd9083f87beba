using Throughline.Core.Cascade;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Cascade;

public sealed class CascadeTreeTests
{
    [Fact]
    public void Build_TeamSupportsCompanyKr_IsAChildOfTheCompanyObjective()
    {
        var workspace = Workspace(
            Objective("acme", "O1", ObjectiveLevel.Company),
            Objective("growth", "O1", ObjectiveLevel.Team, supports: "acme/O1-KR1"),
            Objective("squad", "O1", ObjectiveLevel.Team, supports: "growth/O1"),
            Objective("ops", "O1", ObjectiveLevel.Team),
            Objective("finance", "O1", ObjectiveLevel.Team, health: true));

        var tree = CascadeTree.Build(workspace);

        var root = Assert.Single(tree.Roots);
        var growth = Assert.Single(root.Children);
        Assert.Equal("growth/O1", growth.Objective.Ref.ToString());
        Assert.Equal("acme/O1-KR1", Assert.Single(growth.Via).Target.ToString());
        Assert.Equal("squad/O1", Assert.Single(growth.Children).Objective.Ref.ToString());
        Assert.Equal("ops/O1", Assert.Single(tree.Unlinked).Ref.ToString());
        Assert.Equal("finance/O1", Assert.Single(tree.HealthGoals).Ref.ToString());
    }

    [Fact]
    public void Build_SupportLoop_Terminates()
    {
        var workspace = Workspace(
            Objective("acme", "O1", ObjectiveLevel.Company),
            Objective("a", "O1", ObjectiveLevel.Team, supports: "acme/O1"),
            Objective("b", "O1", ObjectiveLevel.Team, supports: "a/O1") with
            {
                Supports = [Link("a/O1"), Link("c/O1")],
            },
            Objective("c", "O1", ObjectiveLevel.Team, supports: "b/O1"));

        var tree = CascadeTree.Build(workspace);

        Assert.Empty(tree.Unlinked);
        Assert.Equal("b/O1", Assert.Single(Assert.Single(tree.Roots[0].Children).Children).Objective.Ref.ToString());
    }

    private static OkrWorkspace Workspace(params Objective[] objectives) => new()
    {
        Organisation = "Test",
        CurrentCycle = "2026-Q1",
        Objectives = objectives,
    };

    private static Objective Objective(string scope, string id, ObjectiveLevel level, string? supports = null, bool health = false) => new()
    {
        Ref = OkrRef.ForObjective(scope, id),
        Title = $"{scope} objective",
        Cycle = "2026-Q1",
        Level = level,
        Owner = scope,
        NeedNotLadderUp = health,
        Supports = supports is null ? [] : [Link(supports)],
        KeyResults = [new KeyResult { Ref = OkrRef.ForKeyResult(scope, id, "KR1"), Text = "Grow users from 1 to 2" }],
    };

    private static ParentLink Link(string target)
    {
        OkrRef.TryParse(target, out var okrRef);
        return new ParentLink { Target = okrRef! };
    }
}

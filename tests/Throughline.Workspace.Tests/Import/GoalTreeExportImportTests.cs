using Throughline.Core.Model;
using Throughline.Workspace.Import;
using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>A goal-tree export (Lattice-style): goals by department, each aligned to a parent goal, with start and target values.</summary>
public sealed class GoalTreeExportImportTests
{
    private const string Export = """
        Goal Name,Goal Type,Parent Goal,Owner,Department,Start Value,Target Value,Current Value,Progress
        Grow revenue to $12M ARR,Company,,CEO,,9000000,12000000,10100000,37%
        Win 40 new enterprise logos,Department,Grow revenue to $12M ARR,Dana,Sales,0,40,14,35%
        Cut logo churn from 2.1% to 1.5%,Department,Grow revenue to $12M ARR,Ben,Customer Success,2.1,1.5,1.9,33%
        Hire 5 account executives,Department,Build the sales team,Dana,Sales,,,,
        """;

    private readonly ImportResult _result = ImportDocument(Export, "goals-export.csv");

    [Fact]
    public void Import_Goals_AreObjectivesOfTheirDepartmentsMeasuredByThemselves()
    {
        Assert.Equal(["company", "sales", "customer-success"], _result.Units.Select(u => u.Id));
        Assert.Equal(UnitKind.Company, _result.Unit("company").Kind);
        var churn = Assert.Single(_result.Objective("customer-success/O1").KeyResults);
        Assert.Equal(("Cut logo churn from 2.1% to 1.5%", 2.1, 1.5, MetricDirection.Decrease, "Ben"), (churn.Text, churn.Baseline, churn.Target, churn.Direction, churn.Owner));
        Assert.Empty(_result.Objective("sales/O2").KeyResults);
    }

    [Fact]
    public void Import_ParentGoal_IsWhatTheObjectiveSupports_AndAnUnknownParentIsSaid()
    {
        Assert.Equal("company/O1", Assert.Single(_result.Objective("sales/O1").Supports).Target.ToString());
        Assert.Equal("company/O1", Assert.Single(_result.Objective("customer-success/O1").Supports).Target.ToString());
        Assert.Empty(_result.Objective("sales/O2").Supports);
        Assert.Contains(_result.Diagnostics, d => d.Code == ImportCodes.TextSkipped && d.Message.Contains("'Build the sales team' is not a goal of this export", StringComparison.Ordinal));
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("'Current Value', 'Progress' report progress", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ParentColumnNamingNoObjectiveOfTheExport_IsSaidNotSilentlyDropped()
    {
        var result = ImportDocument("Objective,Key Result,Parent\nActivate teams,Raise activation from 30% to 40%,Company O1\n", "okrs.csv");

        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.TextSkipped && d.Message.Contains("'Company O1' that 'Activate teams' is aligned to is not in this table", StringComparison.Ordinal));
        Assert.All(result.Objectives, o => Assert.Empty(o.Supports));
    }

    [Fact]
    public void Import_ObjectiveTableWithLevelsIdsAndAlignedTo_BuildsTheCascade()
    {
        const string export = "Level\tUnit\tObjective ID\tObjective\tKR ID\tKey Result\tBaseline\tTarget\tAligned to\n"
            + "Company\tMaple & Rye Grocers\tC-1\tBe the grocer people choose first\tC-1.1\tGrow like-for-like sales by 6%\t1.8\t6\t\n"
            + "Department\tStore Operations\tD-1\tEvery shelf full, every shift\tD-1.1\tCut out-of-stocks from 6% to 3%\t6\t3\tC-1\n"
            + "Team\tFresh Team\tT-1\tOrder what we will sell\tT-1.1\tCut fresh waste from 9% to 6%\t9\t6\tD-1\n";

        var result = ImportDocument(export, "okrs.tsv");

        Assert.Equal(
            [("maple-and-rye-grocers", UnitKind.Company), ("store-operations", UnitKind.Department), ("fresh-team", UnitKind.ProductTeam)],
            result.Units.Select(u => (u.Id, u.Kind)));
        Assert.Equal("maple-and-rye-grocers/O1", Assert.Single(result.Objective("store-operations/O1").Supports).Target.ToString());
        Assert.Equal("store-operations/O1", Assert.Single(result.Objective("fresh-team/O1").Supports).Target.ToString());
    }
}

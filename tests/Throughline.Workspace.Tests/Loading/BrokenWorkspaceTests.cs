using Throughline.Core.Diagnostics;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Tests.Loading;

public sealed class BrokenWorkspaceTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Load_BrokenWorkspace_ReportsEveryProblemWithPosition()
    {
        _workspace
            .With("workspace.yaml", """
                organisation: Test Co
                current_cycle: 2026-Q1
                cycles:
                  - id: 2026-Q1
                    start: 2026-04-05
                    end: 2026-01-05
                """)
            .With("units.yaml", """
                units:
                  - id: testco
                    name: Test Co
                    kind: company
                  - id: growth
                    name: Growth
                    kind: product-team
                    parent: product
                  - id: growth
                    name: Growth again
                    kind: squad
                """)
            .With("okrs/growth.yaml", """
                unit: growth
                cycle: 2026-Q1
                objectives:
                  - id: O1
                    titel: Faster first value
                    supports:
                      - ref: testco/O9
                    key_results:
                      - id: KR1
                        text: Increase activation from 30% to 40%
                        baseline: lots
                """)
            .With("checkins.csv", """
                kr,date,value,confidence,note
                growth/O1-KR1,2026-01-16,31,2,fine
                growth/O1-KR7,2026-01-16,12,5,typo in the id
                """)
            .With("dependencies.yaml", """
                dependencies:
                  - id: dep-1
                    from: growth
                    on: infra
                    need: A faster event pipeline
                    engineer_weeks: 3
                """)
            .With("kpis.yaml", """
                kpis:
                  - id: uptime
                    metric: [api_uptime
                """);

        var result = WorkspaceLoader.Load(_workspace.Folder);

        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.True(result.HasErrors);
        Assert.Contains($"{_workspace.PathOf("workspace.yaml")}:4:5: error TL0205: cycle '2026-Q1' ends on 2026-01-05, before it starts on 2026-04-05: swap 'start' and 'end' or correct the dates", lines);
        Assert.Contains($"{_workspace.PathOf("units.yaml")}:5:5: error TL0202: unit 'growth' has parent unknown unit 'product': define 'product' in units.yaml or use one of: growth, testco", lines);
        Assert.Contains($"{_workspace.PathOf("units.yaml")}:11:11: error TL0104: 'kind' has an unknown value 'squad': use one of: company, department, product-team, platform-team, support-function, go-to-market", lines);
        Assert.Contains($"{_workspace.PathOf("okrs/growth.yaml")}:4:5: error TL0103: missing required field 'title': add 'title: <what you want to achieve>'", lines);
        Assert.Contains($"{_workspace.PathOf("okrs/growth.yaml")}:5:5: warning TL0105: unknown key 'titel' is ignored: did you mean 'title'?", lines);
        Assert.Contains($"{_workspace.PathOf("okrs/growth.yaml")}:11:19: error TL0104: 'baseline' must be a number, got 'lots': write 'baseline' as a plain number such as 42 or 3.5", lines);
        Assert.Contains($"{_workspace.PathOf("checkins.csv")}:3:29: error TL0209: confidence must be 0, 1 or 2, got '5': use 0 (off track), 1 (at risk) or 2 (on track)", lines);
        Assert.Contains(lines, l => l.StartsWith($"{_workspace.PathOf("dependencies.yaml")}:2:5: error TL0207: dependency dep-1 is on unknown unit 'infra'", StringComparison.Ordinal));
        Assert.Contains($"{_workspace.PathOf("checkins.csv")}:3:1: error TL0206: check-in for unknown key result 'growth/O1-KR7': check the id; growth has: O1-KR1", lines);
        Assert.DoesNotContain(lines, l => l.Contains("'growth/O1-KR1'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{_workspace.PathOf("kpis.yaml")}:", StringComparison.Ordinal) && l.Contains("error TL0101: malformed YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_CheckInForMissingKr_IsAnErrorNamingTheExistingKrs()
    {
        _workspace
            .With("workspace.yaml", TempWorkspace.MinimalHeader)
            .With("units.yaml", TempWorkspace.MinimalUnits)
            .With("okrs/growth.yaml", """
                unit: growth
                objectives:
                  - id: O1
                    title: New teams get value in their first week
                    key_results:
                      - id: KR1
                        text: Increase week-1 activation from 30% to 40%
                      - id: KR2
                        text: Cut median time to first dashboard from 9 to 4 days
                """)
            .With("checkins.csv", """
                kr,date,value,confidence
                growth/O1-KR3,2026-01-16,31,2
                """);

        var result = WorkspaceLoader.Load(_workspace.Folder);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("TL0206", error.Code);
        Assert.Equal($"{_workspace.PathOf("checkins.csv")}:2:1", error.Where!.ToString());
        Assert.Equal("check-in for unknown key result 'growth/O1-KR3'", error.Message);
        Assert.Equal("check the id; growth has: O1-KR1, O1-KR2", error.Fix);
    }

    [Fact]
    public void Load_MissingWorkspaceFile_IsAnErrorWithTheFix()
    {
        var result = WorkspaceLoader.Load(_workspace.Folder);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0001", error.Code);
        Assert.Null(result.Workspace);
        Assert.Contains("workspace.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateKrIds_ReportsSecondWithFirstLocation()
    {
        _workspace
            .With("workspace.yaml", TempWorkspace.MinimalHeader)
            .With("units.yaml", TempWorkspace.MinimalUnits)
            .With("okrs/growth.yaml", """
                unit: growth
                objectives:
                  - id: O1
                    title: New teams get value in their first week
                    key_results:
                      - id: KR1
                        text: Increase week-1 activation from 30% to 40%
                      - id: KR1
                        text: Cut median time to first dashboard from 9 to 4 days
                """);

        var result = WorkspaceLoader.Load(_workspace.Folder);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("TL0201", error.Code);
        Assert.Equal(8, error.Where!.Line);
        Assert.Equal($"duplicate key result id 'growth/O1-KR1 in 2026-Q1' (first defined at {_workspace.PathOf("okrs/growth.yaml")}:6:9)", error.Message);
    }

    [Fact]
    public void Load_StatedFieldContradictsText_WarnsAndKeepsStatedValue()
    {
        _workspace
            .With("workspace.yaml", TempWorkspace.MinimalHeader)
            .With("units.yaml", TempWorkspace.MinimalUnits)
            .With("okrs/growth.yaml", """
                unit: growth
                objectives:
                  - id: O1
                    title: New teams get value in their first week
                    key_results:
                      - id: KR1
                        text: Increase weekly active users of advanced features from 5,000 to 8,000 by end of Q1
                        baseline: 4000
                      - id: KR2
                        text: Cut median time to first dashboard from 9 to 4 days
                """);

        var result = WorkspaceLoader.Load(_workspace.Folder);

        Assert.False(result.HasErrors);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "TL0301");
        Assert.Equal("growth/O1-KR1: 'baseline' is 4000 but the text says 5000; the stated baseline is used", warning.Message);
        var kr = result.Workspace!.Objectives.Single().KeyResults[0];
        Assert.Equal(4000, kr.Baseline);
        Assert.Equal(8000, kr.Target);
        Assert.Equal(new DateOnly(2026, 3, 31), kr.Deadline);
    }
}

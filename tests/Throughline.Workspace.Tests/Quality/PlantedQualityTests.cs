using Throughline.Core.Diagnostics;
using Throughline.Core.Knowledge;
using Throughline.Core.Quality.Rules;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Tests.Quality;

/// <summary>The quality rules on the sample workspace: every planted quality problem (PLANTED.md) is found, and no negative control gets an error.</summary>
public sealed class PlantedQualityTests
{
    private static readonly Lazy<IReadOnlyList<Finding>> SampleFindings = new(() =>
        QualityCheck.Run(WorkspaceLoader.Load(RepoPaths.Acme).Workspace!, KnowledgeBase.BuiltIn));

    public static TheoryData<string, string, string> Plants => new()
    {
        { "P01", "KR001", "enterprise/O1-KR1" },
        { "P02", "KR001", "customer-success/O1-KR4" },
        { "P03", "KR001", "collaboration/O2-KR1" },
        { "P04", "KR001", "enterprise/O1-KR2" },
        { "P05", "KR001", "reporting/O2-KR1" },
        { "P06", "KR004", "customer-success/O1-KR3" },
        { "P07", "KR004", "marketing/O1-KR2" },
        { "P08", "KR003", "reporting/O1-KR1" },
        { "P09", "KR009", "customer-success/O2-KR1" },
        { "P10", "KR009", "collaboration/O1-KR1" },
        { "P11", "OB001", "reporting/O2" },
        { "P12", "OB002", "collaboration/O2" },
        { "P13", "OB003", "sales/O1" },
        { "P14", "UN001", "reporting/O4" },
        { "P15", "OB004", "customer-success/O1" },
        { "P16", "KR008", "growth/O2-KR2" },
        { "P17", "KR007", "growth/O2-KR3" },
        { "P18", "KR005", "enterprise/O1-KR3" },
        { "P19", "UN002", "growth/O2-KR1" },
        { "P48", "OB005", "sales/O2" },
    };

    [Theory]
    [MemberData(nameof(Plants))]
    public void Run_Sample_FindsPlantedProblem(string plant, string ruleId, string target)
    {
        var found = SampleFindings.Value.Any(f => f.RuleId == ruleId && f.Target.ToString() == target);

        Assert.True(found, $"{plant}: expected {ruleId} on {target}; found there: " +
            string.Join(", ", SampleFindings.Value.Where(f => f.Target.ToString() == target).Select(f => f.RuleId)));
    }

    [Fact]
    public void Run_Sample_P07FixSuggestsBaselineFromHistory()
    {
        var finding = SampleFindings.Value.Single(f => f.RuleId == "KR004" && f.Target.ToString() == "marketing/O1-KR2");

        Assert.Contains("310", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Sample_NoErrorOnNegativeControls()
    {
        string[] controls =
        [
            "finance/O1", "onboarding/O2-KR1", "enterprise-ready/O1", "sales/O1-KR2", "acme/O2-KR2", "sales/O2-KR1",
            "customer-success/O1-KR5", "growth/O2-KR2", "onboarding/O2-KR2", "reporting/O1-KR2", "reporting/O2-KR2",
            "reporting/O3-KR1", "reporting/O3-KR2", "reporting/O4-KR1", "reporting/O4-KR2", "enterprise/O2-KR1",
            "enterprise/O2-KR2", "data-platform/O2-KR1", "data-platform/O2-KR2", "sales/O2-KR2", "customer-success/O1-KR3",
            "customer-success/O2-KR2", "marketing/O2-KR2", "finance/O1-KR2", "enterprise-ready/O1-KR2", "data-platform/O1-KR2",
            "customer-success/O1-KR6", "acme/O1-KR1", "acme/O1-KR2", "acme/O2-KR1", "acme/O2-KR3", "acme/O3-KR1", "acme/O3-KR2",
            "growth/O1-KR2", "growth/O1-KR1", "sales/O1-KR1", "data-platform/O1-KR1", "enterprise-ready/O1-KR1",
        ];

        var errors = SampleFindings.Value
            .Where(f => f.Severity == Severity.Error && (controls.Contains(f.Target.ToString()) || controls.Contains(f.Target.ObjectiveRef.ToString())))
            .Select(f => $"{f.RuleId} {f.Target}")
            .ToList();

        Assert.True(errors.Count == 0, "errors on negative controls: " + string.Join(", ", errors));
    }

    [Fact]
    public void Run_Sample_DoesNotFlagParentAndChildWithTheSameMetric()
    {
        string[] n14 = ["acme/O1-KR1", "growth/O1-KR1", "acme/O2-KR1", "sales/O1-KR1", "acme/O2-KR3", "data-platform/O1-KR1"];

        Assert.DoesNotContain(SampleFindings.Value, f => f.RuleId == "UN002" && n14.Contains(f.Target.ToString()));
    }

    [Fact]
    public void Run_Sample_DoesNotFlagMeasuredOrMaintainKeyResults()
    {
        string[] n06 = ["growth/O2-KR2", "onboarding/O2-KR2", "reporting/O1-KR2", "reporting/O2-KR2", "enterprise/O2-KR1", "sales/O2-KR2", "finance/O1-KR2"];
        string[] n07 = ["data-platform/O1-KR2", "customer-success/O1-KR6"];

        Assert.DoesNotContain(SampleFindings.Value, f => f.RuleId == "KR005" && n06.Contains(f.Target.ToString()));
        Assert.DoesNotContain(SampleFindings.Value, f => f.RuleId == "KR004" && n07.Contains(f.Target.ToString()));
        Assert.DoesNotContain(SampleFindings.Value, f => f.RuleId == "KR007" && f.Target.ToString() == "onboarding/O2-KR1");
    }

    [Fact]
    public void Run_Sample_AmbitionCalibrationOnlyOnPlantedOrSecondaryKeyResults()
    {
        string[] allowed =
        [
            "customer-success/O2-KR1", "collaboration/O1-KR1", "growth/O1-KR2", "onboarding/O1-KR2", "acme/O2-KR3", "data-platform/O1-KR1",

            // 2.2x the best quarter of time_to_first_dashboard: a stretch like onboarding/O1-KR2 (2.3x), not listed in PLANTED.md.
            "onboarding/O1-KR3",
        ];
        var kr009 = SampleFindings.Value.Where(f => f.RuleId == "KR009").ToList();

        Assert.All(kr009, f => Assert.Contains(f.Target.ToString(), allowed));
        Assert.DoesNotContain(kr009, f => f.Target.ToString() == "enterprise-ready/O1-KR1");
        Assert.Contains("sandbagged", kr009.Single(f => f.Target.ToString() == "customer-success/O2-KR1").Message, StringComparison.Ordinal);
        Assert.Contains("unrealistic", kr009.Single(f => f.Target.ToString() == "collaboration/O1-KR1").Message, StringComparison.Ordinal);
    }
}

using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Progress;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Tests.Progress;

/// <summary>The progress review on the sample workspace at week 7: every planted progress problem (PLANTED.md) is found with its rule, and the controls are not flagged.</summary>
public sealed class PlantedProgressTests
{
    private static readonly Lazy<OkrWorkspace> Sample = new(() => WorkspaceLoader.Load(RepoPaths.Acme).Workspace!);

    private static readonly Lazy<ProgressReport> Week7 = new(() => ProgressReview.Run(Sample.Value, KnowledgeBase.BuiltIn, asOf: new DateOnly(2026, 11, 20)));

    private static KrProgress Kr(string reference) => Week7.Value.KeyResults.Single(k => k.KeyResult.Ref.ToString() == reference);

    public static TheoryData<string, string, ProgressStatus, string> Statuses => new()
    {
        { "P34", "growth/O1-KR1", ProgressStatus.OnTrack, "PR002" },
        { "P35", "sales/O1-KR1", ProgressStatus.AtRisk, "PR003" },
        { "P36", "collaboration/O1-KR1", ProgressStatus.OffTrack, "PR004" },
        { "P37", "marketing/O1-KR1", ProgressStatus.AtRisk, "PR003" },
        { "P38", "customer-success/O2-KR1", ProgressStatus.Achieved, "PR001" },
        { "P39", "enterprise/O2-KR1", ProgressStatus.Unknown, "PR005" },
        { "P40", "onboarding/O1-KR3", ProgressStatus.OffTrack, "PR004" },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Planted_status_is_set_by_its_rule(string plant, string reference, ProgressStatus status, string rule)
    {
        var kr = Kr(reference);
        Assert.True(kr.Status == status && kr.StatusRule == rule, $"{plant} {reference}: expected {status} ({rule}), got {kr.Status} ({kr.StatusRule}): {kr.StatusReason}");
    }

    public static TheoryData<string, string, string> Findings => new()
    {
        { "P37", "marketing/O1-KR1", "PR013" },
        { "P37", "marketing/O1-KR1", "PR014" },
        { "P38", "customer-success/O2-KR1", "PR012" },
        { "P39", "enterprise/O2-KR1", "PR010" },
        { "P40", "onboarding/O1-KR3", "PR011" },
        { "P42", "onboarding/O1-KR1", "PR015" },
        { "P42", "acme/O1-KR2", "PR015" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Planted_honesty_problem_is_found(string plant, string reference, string rule)
    {
        var kr = Kr(reference);
        Assert.True(kr.Findings.Any(f => f.RuleId == rule), $"{plant} {reference}: no {rule}; found {string.Join(", ", kr.Findings.Select(f => f.RuleId))}");
    }

    [Fact]
    public void Sales_logos_are_recoverable_with_the_numbers_from_last_december()
    {
        var recovery = Kr("sales/O1-KR1").Recovery!;
        Assert.Equal(RecoveryVerdict.Recoverable, recovery.Verdict);
        Assert.Equal(9, recovery.Remaining);
        Assert.Equal(1.5, recovery.RequiredRate, 3);
        Assert.Equal(9 / 7.0, recovery.AchievedRate!.Value, 3);
        Assert.Equal(10 / 6.0, recovery.BestHistoricalRate!.Value, 3);
    }

    [Fact]
    public void Collaboration_miss_is_not_realistic_and_drafts_the_decision_and_message()
    {
        var recovery = Kr("collaboration/O1-KR1").Recovery!;
        Assert.Equal(RecoveryVerdict.NotRealistic, recovery.Verdict);
        Assert.True(recovery.RequiredRate > 20 * recovery.BestHistoricalRate!.Value, recovery.Advice);
        Assert.Contains("2026-11-13", recovery.Advice, StringComparison.Ordinal);
        Assert.Contains("affects: [collaboration/O1-KR1]", recovery.DecisionDraft, StringComparison.Ordinal);
        Assert.Contains("accepting the miss", recovery.StakeholderDraft, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_change_reports_the_step_and_like_for_like_progress()
    {
        var finding = Kr("onboarding/O1-KR1").Findings.Single(f => f.RuleId == "PR015");
        Assert.Contains("+4.5", finding.Message, StringComparison.Ordinal);
        Assert.Contains("dashboard_shared", finding.Evidence, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Controls => new()
    {
        { "P34 genuinely on track", "growth/O1-KR1", "PR013" },
        { "P34 genuinely on track", "growth/O1-KR1", "PR014" },
        { "P34 confidence agrees", "growth/O1-KR1", "PR011" },
        { "N09 own initiatives explain the drop", "growth/O1-KR2", "PR014" },
        { "N04 documented target change", "sales/O1-KR2", "PR015" },
        { "N07 guardrail without baseline", "data-platform/O1-KR2", "PR012" },
        { "N13 explained incident week", "data-platform/O1-KR2", "PR011" },
        { "N17 ambitious within history", "enterprise-ready/O1-KR1", "PR012" },
        { "P35 confidence 1 agrees", "sales/O1-KR1", "PR011" },
        { "checked in every week", "growth/O1-KR1", "PR010" },
        { "P36 beyond its own trend, not an easy target", "collaboration/O1-KR1", "PR012" },
    };

    [Theory]
    [MemberData(nameof(Controls))]
    public void Controls_are_not_flagged(string why, string reference, string rule)
    {
        var kr = Kr(reference);
        Assert.False(kr.Findings.Any(f => f.RuleId == rule), $"{why}: {reference} got {rule}: {string.Join(" | ", kr.Findings.Select(f => f.Message))}");
    }

    [Fact]
    public void Guardrail_with_one_explained_incident_week_is_on_track()
    {
        Assert.Equal(ProgressStatus.OnTrack, Kr("data-platform/O1-KR2").Status);
    }

    [Fact]
    public void Replaying_week_3_ignores_later_check_ins_and_decisions()
    {
        var week3 = ProgressReview.Run(Sample.Value, KnowledgeBase.BuiltIn, asOf: new DateOnly(2026, 10, 23));
        var enterprise = week3.KeyResults.Single(k => k.KeyResult.Ref.ToString() == "enterprise/O2-KR1");
        var onboarding = week3.KeyResults.Single(k => k.KeyResult.Ref.ToString() == "onboarding/O1-KR1");
        Assert.Equal(3, enterprise.WeeksElapsed);
        Assert.NotEqual(ProgressStatus.Unknown, enterprise.Status);
        Assert.Equal(34.4, onboarding.Current);
        Assert.DoesNotContain(onboarding.Findings, f => f.RuleId == "PR015");
    }
}

namespace Throughline.Core.Progress;

/// <summary>
/// Recovery math for a key result not yet at its target: the weekly run-rate the remaining weeks need, against the
/// run-rate achieved so far and the best run of the same length in the metric's history. Rates are signed in the
/// KR's good direction (a positive rate moves toward the target).
/// </summary>
/// <param name="Remaining">What is left to the target, in the KR's unit (positive).</param>
/// <param name="WeeksRemaining">Weeks left in the cycle.</param>
/// <param name="RequiredRate">Weekly change needed from now on.</param>
/// <param name="AchievedRate">Weekly change since the baseline; null without a baseline.</param>
/// <param name="BestHistoricalRate">Best weekly change over any run of <paramref name="WeeksRemaining"/> weeks in the history before the cycle; null without history.</param>
/// <param name="Verdict">Recoverable or not realistic.</param>
/// <param name="Advice">What to do: the work it takes, or accept the miss / adjust the target.</param>
/// <param name="DecisionDraft">For a not-realistic KR: a draft decision-log entry; otherwise null.</param>
/// <param name="StakeholderDraft">For a not-realistic KR: a draft message to stakeholders; otherwise null.</param>
public sealed record Recovery(
    double Remaining,
    int WeeksRemaining,
    double RequiredRate,
    double? AchievedRate,
    double? BestHistoricalRate,
    RecoveryVerdict Verdict,
    string Advice,
    string? DecisionDraft,
    string? StakeholderDraft);

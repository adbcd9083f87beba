using Throughline.Core.Model;

namespace Throughline.Core.Progress;

/// <summary>A recoverable key result and the unshipped work behind it, ranked by share of the remaining gap per engineer-week.</summary>
/// <param name="KeyResult">The key result.</param>
/// <param name="Initiatives">The linked initiatives not shipped yet.</param>
/// <param name="ExpectedImpact">Their expected effect, in the KR's unit (sum of the roadmap's <c>moves.expected</c>).</param>
/// <param name="RemainingGap">What is left to the target.</param>
/// <param name="Effort">Their effort in engineer-weeks.</param>
/// <param name="GapPerEngineerWeek">Share of the remaining gap the work closes per engineer-week.</param>
public sealed record Priority(OkrRef KeyResult, IReadOnlyList<string> Initiatives, double ExpectedImpact, double RemainingGap, double Effort, double GapPerEngineerWeek);

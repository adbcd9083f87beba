namespace Throughline.Core.Knowledge;

/// <summary>
/// What a metric family is about in words people write, and which families it usually moves: support moves
/// satisfaction and retention, cost moves finance. The coarse layer under the metric driver relations, used when no
/// driver relation connects two key results (<c>Knowledge/Data/families.json</c>).
/// </summary>
/// <param name="Family">The family.</param>
/// <param name="Cues">Single words that say a text is about this family ("churn", "renewal" for retention).</param>
/// <param name="Moves">Families a good result in this one usually moves.</param>
public sealed record FamilyTheme(MetricFamily Family, IReadOnlyList<string> Cues, IReadOnlyList<MetricFamily> Moves);

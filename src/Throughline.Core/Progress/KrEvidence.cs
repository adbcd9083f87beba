using Throughline.Core.Model;

namespace Throughline.Core.Progress;

/// <summary>Everything the status and honesty rules look at for one key result, gathered once.</summary>
internal sealed record KrEvidence
{
    public required OkrWorkspace Workspace { get; init; }

    public required Cycle Cycle { get; init; }

    public required DateOnly AsOf { get; init; }

    public required KeyResult KeyResult { get; init; }

    public required ProgressKind Kind { get; init; }

    public double? Baseline { get; init; }

    public double? Target { get; init; }

    /// <summary>Check-ins of the KR in the cycle up to the as-of date, oldest first (with or without a value).</summary>
    public required IReadOnlyList<CheckIn> CheckIns { get; init; }

    /// <summary>One value per week (the week's last check-in with a value), oldest first.</summary>
    public required IReadOnlyList<WeeklyValue> Values { get; init; }

    public required int TotalWeeks { get; init; }

    public required int WeeksElapsed { get; init; }

    public string? MetricId { get; init; }

    /// <summary>The matched metric's weekly history before the cycle, when it is comparable with the KR's baseline.</summary>
    public required IReadOnlyList<MetricObservation> History { get; init; }

    /// <summary>Initiatives of the cycle with a <c>moves</c> entry for this KR.</summary>
    public required IReadOnlyList<Initiative> Initiatives { get; init; }

    public int WeeksRemaining => Math.Max(0, TotalWeeks - WeeksElapsed);

    public double? Current => Values.Count > 0 ? Values[^1].Value : null;

    public MetricDirection GoodDirection => ProgressMath.GoodDirection(Kind);

    /// <summary>A change expressed in the KR's good direction (positive is toward success).</summary>
    public double Toward(double change) => GoodDirection == MetricDirection.Decrease ? -change : change;

    /// <summary>True when the initiative had shipped by <paramref name="date"/>.</summary>
    public static bool ShippedBy(Initiative initiative, DateOnly date) =>
        initiative.ShippedOn is { } shipped ? shipped <= date : initiative.Status == InitiativeStatus.Shipped;

    /// <summary>The week of the cycle (1-based) a date falls in.</summary>
    public int WeekOf(DateOnly date) => (date.DayNumber - Cycle.Start.DayNumber) / 7 + 1;
}

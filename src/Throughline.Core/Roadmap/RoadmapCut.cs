namespace Throughline.Core.Roadmap;

/// <summary>The answer to "cut X% of the roadmap": what goes, what stays, and how much KR value is kept.</summary>
/// <param name="Share">The share of open effort to cut (0.3).</param>
/// <param name="OpenEffort">Engineer-weeks of the open initiatives (planned, in progress, blocked).</param>
/// <param name="Budget">The most effort that may stay: (1 - share) x open effort.</param>
/// <param name="KeptEffort">Effort of the open initiatives kept.</param>
/// <param name="ValueAll">Weighted KR value of all open initiatives.</param>
/// <param name="ValueKept">Weighted KR value of the kept ones.</param>
/// <param name="UpperBound">No cut keeps more value than this.</param>
/// <param name="Optimal">True when the search proved <paramref name="ValueKept"/> optimal.</param>
/// <param name="Nodes">Search nodes explored.</param>
/// <param name="Cuts">The initiatives dropped, most effort first.</param>
public sealed record RoadmapCut(double Share, double OpenEffort, double Budget, double KeptEffort, double ValueAll, double ValueKept, double UpperBound, bool Optimal, long Nodes, IReadOnlyList<CutDecision> Cuts)
{
    /// <summary>Effort freed by the cut.</summary>
    public double CutEffort => OpenEffort - KeptEffort;

    /// <summary>Share of the open initiatives' KR value that is kept (1 when they carry none).</summary>
    public double ValueKeptShare => ValueAll <= 0 ? 1 : ValueKept / ValueAll;
}

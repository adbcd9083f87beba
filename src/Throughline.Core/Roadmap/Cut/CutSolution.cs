namespace Throughline.Core.Roadmap.Cut;

/// <summary>The optimiser's answer.</summary>
/// <param name="Kept">Per item: kept (true) or cut.</param>
/// <param name="Value">Weighted KR value of the kept items.</param>
/// <param name="UpperBound">No feasible choice is worth more than this (equal to <paramref name="Value"/> when proven optimal).</param>
/// <param name="Optimal">True when the search finished: the answer is the exact optimum.</param>
/// <param name="Nodes">Search nodes explored.</param>
public sealed record CutSolution(IReadOnlyList<bool> Kept, double Value, double UpperBound, bool Optimal, long Nodes);

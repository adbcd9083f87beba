namespace Throughline.Core.Roadmap.Cut;

/// <summary>
/// The 30% cut as an optimisation problem: keep a set of items whose effort fits the budget, closed under
/// dependencies (a kept item keeps everything it depends on), maximising the priority-weighted KR value.
/// </summary>
/// <param name="Items">The open initiatives.</param>
/// <param name="Weights">Priority weight per key result index.</param>
/// <param name="FixedProgress">Progress per key result that is already certain (shipped work), as a share of its gap.</param>
/// <param name="Budget">The most effort the kept items may take.</param>
/// <param name="BeyondGap">Value of progress beyond a KR's gap, per unit, relative to progress inside it (diminishing returns).</param>
public sealed record CutProblem(IReadOnlyList<CutItem> Items, IReadOnlyList<double> Weights, IReadOnlyList<double> FixedProgress, double Budget, double BeyondGap = 0.2)
{
    /// <summary>The value of one key result at <paramref name="progress"/> (share of its gap): linear up to the gap, then <see cref="BeyondGap"/> per unit.</summary>
    public double Utility(double progress) => progress <= 1 ? progress : 1 + (BeyondGap * (progress - 1));

    /// <summary>The total weighted value of keeping exactly <paramref name="kept"/>.</summary>
    public double ValueOf(IReadOnlyList<bool> kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        var progress = FixedProgress.ToArray();
        for (var i = 0; i < Items.Count; i++)
        {
            if (kept[i])
            {
                foreach (var (kr, share) in Items[i].Contributions)
                {
                    progress[kr] += share;
                }
            }
        }

        return progress.Select((p, k) => Weights[k] * (Utility(p) - Utility(FixedProgress[k]))).Sum();
    }

    /// <summary>True when <paramref name="kept"/> fits the budget and keeps every prerequisite of a kept item.</summary>
    public bool IsFeasible(IReadOnlyList<bool> kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        var effort = 0.0;
        for (var i = 0; i < Items.Count; i++)
        {
            if (!kept[i])
            {
                continue;
            }

            effort += Items[i].Effort;
            if (Items[i].Prerequisites.Any(p => !kept[p]))
            {
                return false;
            }
        }

        return effort <= Budget + 1e-9;
    }
}

using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Progress;

/// <summary>The progress review of one cycle at one date.</summary>
/// <param name="Cycle">The cycle reviewed.</param>
/// <param name="AsOf">The date the review replays the workspace at.</param>
/// <param name="KeyResults">Every key result of the cycle with its progress.</param>
/// <param name="Priorities">Where the rest of the cycle's effort recovers the most, best first.</param>
/// <param name="Lessons">What the picture says about OKR quality to fix next cycle.</param>
public sealed record ProgressReport(
    Cycle Cycle,
    DateOnly AsOf,
    IReadOnlyList<KrProgress> KeyResults,
    IReadOnlyList<Priority> Priorities,
    IReadOnlyList<string> Lessons)
{
    /// <summary>All honesty findings, in key result order.</summary>
    public IEnumerable<Finding> Findings => KeyResults.SelectMany(k => k.Findings);

    /// <summary>The same report restricted to one unit's (or shared scope's) key results.</summary>
    public ProgressReport ForUnit(string unit) =>
        this with
        {
            KeyResults = [.. KeyResults.Where(k => k.KeyResult.Ref.Scope == unit)],
            Priorities = [.. Priorities.Where(p => p.KeyResult.Scope == unit)],
        };
}

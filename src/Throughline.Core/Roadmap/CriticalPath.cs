using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>An initiative others depend on, with what waits for it.</summary>
/// <param name="Initiative">The prerequisite.</param>
/// <param name="Dependants">Initiatives that depend on it (directly or through others), with the days between its expected completion and theirs.</param>
/// <param name="KeyResults">Key results the dependants move: they wait on it too.</param>
public sealed record CriticalPath(Initiative Initiative, IReadOnlyList<(Initiative Initiative, int? SlackDays)> Dependants, IReadOnlyList<OkrRef> KeyResults)
{
    /// <summary>The least slack to a direct dependant; null when dates are missing.</summary>
    public int? MinSlackDays => Dependants.Select(d => d.SlackDays).Where(s => s is not null).Min();
}

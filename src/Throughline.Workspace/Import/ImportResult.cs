using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>What an OKR document held: its units and objectives, and what could not be read.</summary>
/// <param name="Units">Every unit the objectives are scoped to, plus parent units named by the document.</param>
/// <param name="Objectives">The objectives with their key results, in document order.</param>
/// <param name="Diagnostics">What was skipped, renumbered or unreadable, sorted by line.</param>
public sealed record ImportResult(IReadOnlyList<OrgUnit> Units, IReadOnlyList<Objective> Objectives, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when an error made the document (or part of it) unreadable.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

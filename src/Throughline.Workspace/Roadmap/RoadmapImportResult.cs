using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Roadmap;

/// <summary>The initiatives read from a Jira or Linear export, with every problem found (file:line).</summary>
/// <param name="Source">Which tool's export it was.</param>
/// <param name="Initiatives">The initiatives, in file order.</param>
/// <param name="Diagnostics">Errors stop the import; warnings name the row and what was assumed.</param>
public sealed record RoadmapImportResult(RoadmapSource? Source, IReadOnlyList<Initiative> Initiatives, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the file could not be imported.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

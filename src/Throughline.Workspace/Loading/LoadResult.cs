using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>The outcome of reading a workspace: the model (null when it could not be built) and every diagnostic.</summary>
/// <param name="Workspace">The workspace; null when a file could not be read at all.</param>
/// <param name="Diagnostics">All problems found, sorted by file and position.</param>
public sealed record LoadResult(OkrWorkspace? Workspace, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error; the workspace must not be analysed or written then.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

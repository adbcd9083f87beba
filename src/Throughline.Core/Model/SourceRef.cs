namespace Throughline.Core.Model;

/// <summary>
/// Where a model element was read from: a workspace-relative file path and a 1-based line and column.
/// Carried through the model so that every diagnostic and finding can point at the text a person wrote.
/// </summary>
/// <param name="File">The file path, relative to the workspace root where possible.</param>
/// <param name="Line">1-based line number; 0 when unknown.</param>
/// <param name="Column">1-based column number; 0 when unknown.</param>
public sealed record SourceRef(string File, int Line = 0, int Column = 0)
{
    /// <summary>Renders the location as <c>file:line:column</c> (line and column omitted when unknown).</summary>
    public override string ToString() => Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}

namespace Throughline.Workspace.Import;

/// <summary>One line of a text document, with its shape and where its content starts.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Kind">Heading, list item, table row, plain text…</param>
/// <param name="Content">The text after the heading hashes or list marker, trimmed.</param>
/// <param name="Column">1-based column where <paramref name="Content"/> starts.</param>
/// <param name="Depth">
/// Nesting of a list item: its indent, plus two for each level of a dotted marker (<c>1.2</c>), so that
/// <c>1.1</c> under <c>1.</c> nests even when pasted without indentation.
/// </param>
/// <param name="Level">Heading level, 1 to 6; 0 for other lines.</param>
/// <param name="IsTask">A list item with a task checkbox (<c>- [ ]</c>, <c>- [x]</c>).</param>
internal sealed record SourceLine(int Number, SourceLineKind Kind, string Content, int Column, int Depth = 0, int Level = 0, bool IsTask = false)
{
    public bool IsBlank => Kind is SourceLineKind.Blank or SourceLineKind.Rule;
}

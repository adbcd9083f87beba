namespace Throughline.Workspace.Import;

/// <summary>The shape of one line of a text document.</summary>
internal enum SourceLineKind
{
    Blank,
    Rule,
    Heading,
    ListItem,
    TableRow,
    Plain,
}

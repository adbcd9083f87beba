namespace Throughline.Workspace.Import;

/// <summary>How the current objective was written, which decides what the lines after it belong to.</summary>
internal enum ObjectiveAnchor
{
    /// <summary>No objective is open.</summary>
    None,

    /// <summary>A heading, a plain or bold line, or a table: every bullet after it is a key result.</summary>
    Line,

    /// <summary>A list item with an objective prefix (<c>- Objective: …</c>): sibling and nested bullets are key results.</summary>
    PrefixedItem,

    /// <summary>
    /// A list item that is an objective because bullets nest under it (or a team line): nested bullets are key results,
    /// a sibling is the next objective.
    /// </summary>
    NestingItem,
}

namespace Throughline.Workspace.Import;

/// <summary>What comes after a heading or line, which decides whether it is a unit or an objective.</summary>
internal enum Following
{
    /// <summary>Nothing OKR-like: the line is a title or prose.</summary>
    Nothing,

    /// <summary>Bullets, KR lines or a KR table: the line is an objective.</summary>
    KeyResults,

    /// <summary>Objective lines or team lines: the line is a unit.</summary>
    Objectives,

    /// <summary>Deeper headings: the line is a section, and a unit when it is named like one.</summary>
    SubHeadings,
}

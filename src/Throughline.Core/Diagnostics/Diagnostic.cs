using Throughline.Core.Model;

namespace Throughline.Core.Diagnostics;

/// <summary>
/// A problem found while reading or validating a workspace: where it is, what is wrong and how to fix it.
/// Rendered as <c>file:line:column: severity CODE: what is wrong: how to fix</c>.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>TL0104</c>; documented in docs/workspace-format.md.</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Message">What is wrong, naming the offending value.</param>
/// <param name="Fix">How to fix it.</param>
/// <param name="Where">Where the problem is, when known.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Message, string Fix, SourceRef? Where)
{
    /// <summary>Renders the diagnostic on one line, compiler style.</summary>
    public override string ToString()
    {
        var place = Where is null ? "" : $"{Where}: ";
        var severity = Severity.ToString().ToLowerInvariant();
        return $"{place}{severity} {Code}: {Message}: {Fix}";
    }
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads an objective or key result reference, qualifying local references with the file's scope.</summary>
internal static class RefReader
{
    public static OkrRef? Read(YamlFields f, string key, string? scope, bool required = false)
    {
        var text = f.String(key, required);
        return text is null ? null : Parse(text, scope, f.WhereOf(key), f.Diagnostics);
    }

    public static OkrRef? Parse(string text, string? scope, SourceRef where, DiagnosticBag diagnostics)
    {
        if (!OkrRef.TryParse(text, out var okrRef))
        {
            diagnostics.Error(DiagnosticCodes.BadValue, where, $"'{text}' is not an objective or key result reference", "write it as unit/O1 or unit/O1-KR2");
            return null;
        }

        if (okrRef.Scope is null && scope is null)
        {
            diagnostics.Error(DiagnosticCodes.BadValue, where, $"'{text}' needs a unit: outside an OKR file references must be full", $"write it as <unit>/{okrRef.LocalId}");
            return null;
        }

        return scope is null ? okrRef : okrRef.InScope(scope);
    }
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Parsing;
using Throughline.Workspace.Import;

namespace Throughline.Workspace.Tests.Import;

/// <summary>Imports test documents and finds what they hold by reference, line or fragment.</summary>
internal static class ImportTestKit
{
    public static ImportOptions Options(string? defaultUnit = null) =>
        new("2026-Q3", KrParseContext.ForCycle(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)), defaultUnit);

    public static ImportResult ImportDocument(string text, string fileName, string? defaultUnit = null) =>
        OkrDocumentImporter.Import(text, fileName, Options(defaultUnit));

    /// <summary>The 1-based line of the first line containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{fragment}' is not in the document");
        return index + 1;
    }

    /// <summary>The 1-based column where <paramref name="fragment"/> starts on its line.</summary>
    public static int ColumnOf(string text, string fragment)
    {
        var line = text.Split('\n')[LineOf(text, fragment) - 1];
        return line.IndexOf(fragment, StringComparison.Ordinal) + 1;
    }

    public static Objective Objective(this ImportResult result, string reference) =>
        Assert.Single(result.Objectives, o => o.Ref.ToString() == reference);

    public static KeyResult KeyResult(this ImportResult result, string reference) =>
        Assert.Single(result.Objectives.SelectMany(o => o.KeyResults), k => k.Ref.ToString() == reference);

    public static OrgUnit Unit(this ImportResult result, string id) => Assert.Single(result.Units, u => u.Id == id);

    public static IEnumerable<string> Refs(this Objective objective) => objective.KeyResults.Select(k => k.Ref.ToString());

    public static IReadOnlyList<Diagnostic> WithCode(this ImportResult result, string code) =>
        [.. result.Diagnostics.Where(d => d.Code == code)];

    /// <summary>The diagnostic with <paramref name="code"/> reported on the line containing <paramref name="fragment"/>.</summary>
    public static Diagnostic DiagnosticAt(this ImportResult result, string code, string text, string fragment)
    {
        var line = LineOf(text, fragment);
        return Assert.Single(result.Diagnostics, d => d.Code == code && d.Where?.Line == line);
    }
}

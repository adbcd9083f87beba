using Throughline.Core.Model;

namespace Throughline.Core.Diagnostics;

/// <summary>Collects diagnostics while a workspace is read or validated, so that every problem is reported in one run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The diagnostics collected so far, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one error was collected.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Adds an error.</summary>
    public void Error(string code, SourceRef? where, string message, string fix) =>
        _items.Add(new Diagnostic(code, Severity.Error, message, fix, where));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, SourceRef? where, string message, string fix) =>
        _items.Add(new Diagnostic(code, Severity.Warning, message, fix, where));

    /// <summary>Adds an info.</summary>
    public void Info(string code, SourceRef? where, string message, string fix) =>
        _items.Add(new Diagnostic(code, Severity.Info, message, fix, where));

    /// <summary>Adds diagnostics found elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>
    /// The diagnostics sorted for display: by file, line and column, then code. Diagnostics without a location come first.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Where?.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Where?.Line ?? 0)
            .ThenBy(d => d.Where?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>The files of one workspace folder on disk, read as text with diagnostics for what cannot be read.</summary>
internal sealed class WorkspaceFiles
{
    private readonly string _folder;
    private readonly DiagnosticBag _diagnostics;

    public WorkspaceFiles(string folder, DiagnosticBag diagnostics)
    {
        _folder = folder;
        _diagnostics = diagnostics;
    }

    /// <summary>Display path of a workspace file: the folder as given joined with the relative path.</summary>
    public string Display(string relative) => Path.Join(_folder, relative).Replace('\\', '/');

    public YamlFields? Yaml(string relative, bool required = false) =>
        ReadText(relative, required) is { } text ? YamlFile.Read(text, Display(relative), _diagnostics) : null;

    public CsvTable? Csv(string relative, IReadOnlyList<string> requiredColumns, IReadOnlyList<string> optionalColumns) =>
        ReadText(relative, required: false) is { } text
            ? CsvTable.Read(text, Display(relative), requiredColumns, optionalColumns, _diagnostics)
            : null;

    /// <summary>The OKR files under <c>okrs/</c>, in a stable order.</summary>
    public IReadOnlyList<string> OkrFiles()
    {
        var okrs = Path.Join(_folder, "okrs");
        if (!Directory.Exists(okrs))
        {
            _diagnostics.Warning(DiagnosticCodes.FileUnreadable, new SourceRef(Display("okrs")), "the workspace has no okrs/ folder, so it has no objectives", "create okrs/<unit>.yaml files (see docs/workspace-format.md)");
            return [];
        }

        return [.. Directory.EnumerateFiles(okrs, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Reports files in the workspace root that the format does not know, so nothing is ignored silently.</summary>
    public void ReportUnknownFiles()
    {
        foreach (var file in Directory.EnumerateFiles(_folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            var isData = file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
            if (isData && !WorkspaceLoader.KnownFiles.Contains(file, StringComparer.Ordinal))
            {
                _diagnostics.Info(DiagnosticCodes.FileIgnored, new SourceRef(Display(file)), $"'{file}' is not a workspace file and was not read", $"rename it to one of {string.Join(", ", WorkspaceLoader.KnownFiles)} or move OKR files into okrs/");
            }
        }
    }

    private string? ReadText(string relative, bool required)
    {
        var path = Path.Join(_folder, relative);
        if (!File.Exists(path))
        {
            if (required)
            {
                _diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceRef(Display(relative)), $"'{relative}' is missing", relative == "workspace.yaml" ? "create workspace.yaml with 'organisation', 'cycles' and 'current_cycle' (see docs/workspace-format.md)" : "create the file");
            }

            return null;
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceRef(Display(relative)), $"cannot read the file: {ex.Message}", "check that the file exists and is readable");
            return null;
        }
    }
}

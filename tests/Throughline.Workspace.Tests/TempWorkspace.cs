namespace Throughline.Workspace.Tests;

/// <summary>A throw-away workspace folder for one test; files are written from strings and the folder is deleted after.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Folder = Path.Join(Path.GetTempPath(), "tl-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public TempWorkspace With(string relative, string content)
    {
        var path = Path.Join(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>The display path the loader uses for a file of this workspace.</summary>
    public string PathOf(string relative) => Path.Join(Folder, relative);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    public const string MinimalHeader = """
        organisation: Test Co
        current_cycle: 2026-Q1
        cycles:
          - id: 2026-Q1
            start: 2026-01-05
            end: 2026-04-05
        """;

    public const string MinimalUnits = """
        units:
          - id: testco
            name: Test Co
            kind: company
          - id: growth
            name: Growth
            kind: product-team
            parent: testco
          - id: platform
            name: Platform
            kind: platform-team
            parent: testco
            capacity_for_asks: 6
        """;
}

using Throughline.Core.Diagnostics;
using Throughline.Workspace.Loading;
using Throughline.Workspace.Writing;

namespace Throughline.Workspace.Tests.Writing;

public sealed class RoundTripTests : IDisposable
{
    private readonly TempWorkspace _source = new();
    private readonly TempWorkspace _copy = new();

    public void Dispose()
    {
        _source.Dispose();
        _copy.Dispose();
    }

    [Fact]
    public void LoadSaveLoad_SampleWorkspace_GivesTheSameModel()
    {
        var first = WorkspaceLoader.Load(RepoPaths.Acme);
        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));

        WorkspaceWriter.Write(WorkspaceWriter.Render(first.Workspace!), _copy.Folder);
        var second = WorkspaceLoader.Load(_copy.Folder);

        Assert.False(second.HasErrors, string.Join("\n", second.Diagnostics));
        Assert.Equal(ModelJson.Of(first.Workspace!), ModelJson.Of(second.Workspace!));
    }

    [Fact]
    public void LoadSaveLoad_EveryFieldOfEveryFile_GivesTheSameModel()
    {
        FullWorkspace.WriteTo(_source);
        var first = WorkspaceLoader.Load(_source.Folder);
        Assert.DoesNotContain(first.Diagnostics, d => d.Severity != Severity.Info);

        WorkspaceWriter.Write(WorkspaceWriter.Render(first.Workspace!), _copy.Folder);
        var second = WorkspaceLoader.Load(_copy.Folder);

        Assert.DoesNotContain(second.Diagnostics, d => d.Severity != Severity.Info);
        Assert.Equal(ModelJson.Of(first.Workspace!), ModelJson.Of(second.Workspace!));
        var w = second.Workspace!;
        Assert.Equal(3, w.Units.Count);
        Assert.Equal(2, w.Objectives.Count);
        Assert.Single(w.Initiatives);
        Assert.Equal(2, w.CheckIns.Count);
        Assert.Equal("Needs \"quotes\", commas, and\na second line", w.CheckIns[1].Note);
    }

    [Fact]
    public void Render_WrittenWorkspaceLoadedAgain_IsByteIdentical()
    {
        var rendered = WorkspaceWriter.Render(WorkspaceLoader.Load(RepoPaths.Acme).Workspace!);
        WorkspaceWriter.Write(rendered, _copy.Folder);

        var again = WorkspaceWriter.Render(WorkspaceLoader.Load(_copy.Folder).Workspace!);

        Assert.Equal(rendered.Keys, again.Keys);
        foreach (var (path, content) in rendered)
        {
            Assert.Equal(content, again[path]);
        }
    }
}

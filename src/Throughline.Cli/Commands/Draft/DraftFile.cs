using Throughline.Core.Drafting;
using Throughline.Core.Model;
using Throughline.Workspace.Writing;

namespace Throughline.Cli.Commands.Draft;

/// <summary>
/// Renders a draft in the workspace's OKR file format (<see cref="WorkspaceWriter"/>) and decides where it may go: a
/// new file the PM reviews (default <c>PATH/drafts/&lt;unit&gt;-&lt;cycle&gt;.yaml</c>), never a file under
/// <c>okrs/</c>, and never over an existing draft unless forced.
/// </summary>
internal static class DraftFile
{
    public static string DefaultPath(string workspace, TeamDraft draft) =>
        Path.Join(workspace, "drafts", $"{draft.Unit.Id}-{draft.Cycle}.yaml");

    /// <summary>Why the file may not be written, or null when it may.</summary>
    public static string? Refusal(string workspace, string file, bool force)
    {
        var okrs = Path.GetFullPath(Path.Join(workspace, "okrs")) + Path.DirectorySeparatorChar;
        if (Path.GetFullPath(file).StartsWith(okrs, StringComparison.Ordinal))
        {
            return $"{file} is inside the workspace's okrs/ folder: a draft never goes there (it would replace or duplicate the unit's OKRs). Write it elsewhere and move it into okrs/ once the team has edited it.";
        }

        return File.Exists(file) && !force
            ? $"{file} already exists: pass --force to replace that draft, or -o to write another file."
            : null;
    }

    public static string Render(OkrWorkspace workspace, TeamDraft draft, string engine)
    {
        var only = new OkrWorkspace
        {
            Organisation = workspace.Organisation,
            CurrentCycle = draft.Cycle,
            Cycles = [.. workspace.Cycles.Where(c => c.Id == draft.Cycle)],
            Units = [draft.Unit],
            Objectives = draft.ToObjectives(),
        };
        var body = WorkspaceWriter.RenderOkrFiles(only).Values.SingleOrDefault() ?? $"unit: {draft.Unit.Id}\ncycle: {draft.Cycle}\nobjectives: []\n";
        return $"# DRAFT proposed by `throughline draft` ({engine}) for {draft.Unit.Id}, {draft.Cycle}.\n" +
            "# Review and edit with the team; move it into okrs/ only once the team owns it.\n" + body;
    }

    public static void Write(string file, string content)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        WorkspaceWriter.Write(new Dictionary<string, string> { [Path.GetFileName(file)] = content }, folder);
    }
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Writing;

/// <summary>
/// Places imported objectives into a workspace folder: a new workspace when the folder has none, or new OKR files in
/// an existing one. Never overwrites existing OKRs, and writes nothing unless the result loads without errors.
/// </summary>
public static class ImportTarget
{
    /// <summary>What an import would write, or why it cannot.</summary>
    /// <param name="Files">Relative path to content of every file to create or replace.</param>
    /// <param name="Diagnostics">Problems; when any is an error nothing may be written.</param>
    public sealed record Plan(IReadOnlyDictionary<string, string> Files, IReadOnlyList<Diagnostic> Diagnostics)
    {
        /// <summary>True when the plan must not be written.</summary>
        public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    }

    /// <summary>Plans writing <paramref name="units"/> and <paramref name="objectives"/> into <paramref name="folder"/>.</summary>
    public static Plan PlanFor(string folder, string organisation, Cycle cycle, IReadOnlyList<OrgUnit> units, IReadOnlyList<Objective> objectives)
    {
        var bag = new DiagnosticBag();
        var target = new SourceRef(folder);
        if (!File.Exists(Path.Join(folder, "workspace.yaml")))
        {
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                bag.Error(DiagnosticCodes.FileUnreadable, target, "the output folder is not empty and holds no workspace.yaml", "write into an empty or new folder, or into an existing workspace");
                return new Plan(new Dictionary<string, string>(), bag.Items);
            }

            var fresh = new OkrWorkspace
            {
                Organisation = organisation,
                CurrentCycle = cycle.Id,
                Cycles = [cycle],
                Units = units,
                Objectives = objectives,
            };
            return Verified(folder, WorkspaceWriter.Render(fresh), bag);
        }

        var existing = WorkspaceLoader.Load(folder);
        if (existing.HasErrors || existing.Workspace is null)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, target, "the existing workspace has errors", $"run 'throughline validate {folder}' and fix them first");
            return new Plan(new Dictionary<string, string>(), bag.Items);
        }

        var workspace = existing.Workspace;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (workspace.FindCycle(cycle.Id) is null)
        {
            bag.Error(DiagnosticCodes.UnknownCycle, new SourceRef(Path.Join(folder, "workspace.yaml")), $"cycle '{cycle.Id}' is not defined in the workspace", $"add it under 'cycles:' or import with --cycle {string.Join("|", workspace.Cycles.Select(c => c.Id))}");
        }

        foreach (var clash in objectives.Where(o => workspace.Objectives.Any(e => e.Cycle == o.Cycle && e.Ref.ToString() == o.Ref.ToString())))
        {
            bag.Error(DiagnosticCodes.DuplicateId, clash.Origin, $"{clash.Ref} already exists in {clash.Cycle}; importing never overwrites existing OKRs", "import into another unit (--unit), another cycle (--cycle), or remove the existing objective first");
        }

        var newUnits = units.Where(u => workspace.FindUnit(u.Id) is null).ToList();
        if (newUnits.Count > 0)
        {
            files["units.yaml"] = UnitsAppender.Append(File.ReadAllText(Path.Join(folder, "units.yaml")), newUnits);
        }

        var added = workspace with { Objectives = objectives };
        foreach (var (path, content) in WorkspaceWriter.RenderOkrFiles(added))
        {
            var unique = UniquePath(folder, path, cycle.Id);
            files[unique] = content;
        }

        return bag.HasErrors ? new Plan(files, bag.Items) : Verified(folder, files, bag, copyExisting: true);
    }

    /// <summary>Loads the planned result in a scratch folder; errors there become the plan's errors.</summary>
    private static Plan Verified(string folder, IReadOnlyDictionary<string, string> files, DiagnosticBag bag, bool copyExisting = false)
    {
        var scratch = Path.Join(Path.GetTempPath(), "throughline-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            if (copyExisting)
            {
                Copy(folder, scratch);
            }

            WorkspaceWriter.Write(files, scratch);
            var check = WorkspaceLoader.Load(scratch);
            foreach (var d in check.Diagnostics.Where(d => d.Severity == Severity.Error))
            {
                var file = d.Where is null ? null : d.Where with { File = Path.Join(folder, Path.GetRelativePath(scratch, d.Where.File)) };
                bag.Error(d.Code, file, d.Message, d.Fix);
            }

            return new Plan(files, bag.Items);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static string UniquePath(string folder, string path, string cycle)
    {
        if (!File.Exists(Path.Join(folder, path)))
        {
            return path;
        }

        var stem = path[..^".yaml".Length];
        var candidate = $"{stem}.{cycle}.yaml";
        for (var i = 2; File.Exists(Path.Join(folder, candidate)); i++)
        {
            candidate = $"{stem}.{cycle}-{i}.yaml";
        }

        return candidate;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Join(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Validation;

namespace Throughline.Workspace.Loading;

/// <summary>
/// Reads a workspace folder (see docs/workspace-format.md) into an <see cref="OkrWorkspace"/>, collecting every
/// problem of every file in one pass, then validates references across files.
/// </summary>
public static class WorkspaceLoader
{
    /// <summary>The files a workspace may hold, besides <c>okrs/*.yaml</c>.</summary>
    public static readonly IReadOnlyList<string> KnownFiles =
    [
        "workspace.yaml", "units.yaml", "kpis.yaml", "dependencies.yaml", "roadmap.yaml", "metrics.yaml",
        "metric-history.csv", "checkins.csv", "events.yaml", "decisions.yaml", "grades.yaml",
    ];

    /// <summary>Loads the workspace in <paramref name="folder"/>.</summary>
    public static LoadResult Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var diagnostics = new DiagnosticBag();
        var files = new WorkspaceFiles(folder, diagnostics);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceRef(folder), "the workspace folder does not exist", "pass the folder that holds workspace.yaml, e.g. examples/acme");
            return new LoadResult(null, diagnostics.Sorted());
        }

        var header = files.Yaml("workspace.yaml", required: true) is { } root ? WorkspaceFileReader.Read(root) : null;
        if (header is null)
        {
            return new LoadResult(null, diagnostics.Sorted());
        }

        var units = files.Yaml("units.yaml") is { } u ? UnitsReader.Read(u) : [];
        var unitIndex = units.GroupBy(x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var cycleIndex = header.Cycles.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var okrReader = new OkrFileReader(unitIndex, cycleIndex);
        // OKR files are independent, and parsing their key result texts is most of the work of a load: read them in
        // parallel, each into its own bag, then merge in file order so the result is exactly that of a sequential read.
        var okrFiles = files.OkrFiles();
        var perFile = new (IReadOnlyList<Objective> Objectives, DiagnosticBag Diagnostics)[okrFiles.Count];
        Parallel.For(0, okrFiles.Count, i =>
        {
            var bag = new DiagnosticBag();
            var read = new WorkspaceFiles(folder, bag).Yaml(okrFiles[i], required: true) is { } okrRoot
                ? okrReader.Read(okrRoot, header.CurrentCycle)
                : [];
            perFile[i] = (read, bag);
        });
        var objectives = new List<Objective>();
        foreach (var (read, bag) in perFile)
        {
            diagnostics.AddRange(bag.Items);
            objectives.AddRange(read);
        }

        var workspace = new OkrWorkspace
        {
            Organisation = header.Organisation,
            CurrentCycle = header.CurrentCycle,
            Strategy = header.Strategy,
            Settings = header.Settings,
            Cycles = header.Cycles,
            Units = units,
            // A canonical order, independent of how the OKR files are named: cycle, level (company first), scope, position.
            Objectives = [.. objectives.OrderBy(o => o.Cycle, StringComparer.Ordinal).ThenBy(o => o.Level).ThenBy(o => o.Ref.Scope, StringComparer.Ordinal).ThenBy(o => o.Order)],
            Kpis = files.Yaml("kpis.yaml") is { } k ? KpisReader.Read(k) : [],
            Dependencies = files.Yaml("dependencies.yaml") is { } d ? DependenciesReader.Read(d) : [],
            Initiatives = files.Yaml("roadmap.yaml") is { } r ? RoadmapReader.Read(r) : [],
            Metrics = files.Yaml("metrics.yaml") is { } m ? MetricsReader.Read(m) : [],
            Events = files.Yaml("events.yaml") is { } e ? EventsReader.Read(e) : [],
            Decisions = files.Yaml("decisions.yaml") is { } dl ? DecisionsReader.Read(dl) : [],
            Grades = files.Yaml("grades.yaml") is { } g ? GradesReader.Read(g) : [],
            CheckIns = files.Csv("checkins.csv", CheckInsReader.Required, CheckInsReader.Optional) is { } c ? CheckInsReader.Read(c, diagnostics) : [],
            MetricHistory = files.Csv("metric-history.csv", MetricHistoryReader.Required, []) is { } h ? MetricHistoryReader.Read(h, diagnostics) : [],
        };

        files.ReportUnknownFiles();
        diagnostics.AddRange(WorkspaceValidator.Validate(workspace));
        return new LoadResult(workspace, diagnostics.Sorted());
    }
}

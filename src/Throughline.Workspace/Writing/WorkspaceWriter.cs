using System.Globalization;
using CsvHelper;
using Throughline.Core.Model;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Writing;

/// <summary>
/// Writes an <see cref="OkrWorkspace"/> as a workspace folder in the documented format. Rendering and writing are
/// separate so that nothing is written unless every file rendered; each file is replaced atomically.
/// </summary>
public static class WorkspaceWriter
{
    /// <summary>Renders every file of the workspace: relative path to content, in a stable order.</summary>
    public static IReadOnlyDictionary<string, string> Render(OkrWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["workspace.yaml"] = YamlText.Render(WorkspaceSections.Header(workspace)),
        };
        if (workspace.Units.Count > 0)
        {
            files["units.yaml"] = YamlText.Render(new YamlMap { ["units"] = workspace.Units.Select(WorkspaceSections.Unit).ToList() });
        }

        foreach (var (path, content) in RenderOkrFiles(workspace))
        {
            files[path] = content;
        }

        AddList(files, "kpis.yaml", "kpis", workspace.Kpis.Select(WorkspaceSections.Kpi));
        AddList(files, "dependencies.yaml", "dependencies", workspace.Dependencies.Select(WorkspaceSections.Dependency));
        AddList(files, "roadmap.yaml", "initiatives", workspace.Initiatives.Select(WorkspaceSections.Initiative));
        AddList(files, "metrics.yaml", "metrics", workspace.Metrics.Select(WorkspaceSections.Metric));
        AddList(files, "events.yaml", "events", workspace.Events.Select(WorkspaceSections.Event));
        AddList(files, "decisions.yaml", "decisions", workspace.Decisions.Select(WorkspaceSections.Decision));
        AddList(files, "grades.yaml", "grades", workspace.Grades.Select(WorkspaceSections.Grade));
        if (workspace.CheckIns.Count > 0)
        {
            files["checkins.csv"] = Csv(
                ["kr", "date", "value", "confidence", "note", "risks", "author"],
                workspace.CheckIns.Select(c => new[] { c.KeyResult.ToString(), Date(c.Date), Number(c.Value), c.Confidence is { } k ? ((int)k).ToString(CultureInfo.InvariantCulture) : "", c.Note ?? "", c.Risks ?? "", c.Author ?? "" }));
        }

        if (workspace.MetricHistory.Count > 0)
        {
            files["metric-history.csv"] = Csv(
                ["metric", "date", "value"],
                workspace.MetricHistory.Select(h => new[] { h.Metric, Date(h.Date), Number(h.Value) }));
        }

        return files;
    }

    /// <summary>Renders the OKR files only: <c>okrs/&lt;scope&gt;.yaml</c>, or per cycle when there are several.</summary>
    public static IReadOnlyDictionary<string, string> RenderOkrFiles(OkrWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var severalCycles = workspace.Objectives.Select(o => o.Cycle).Distinct(StringComparer.Ordinal).Count() > 1;
        foreach (var group in workspace.Objectives.GroupBy(o => (Scope: o.Ref.Scope!, o.Cycle)))
        {
            var first = group.First();
            var ownerKind = first.Owner is null ? (UnitKind?)null : workspace.FindUnit(first.Owner)?.Kind ?? UnitKind.ProductTeam;
            var map = new YamlMap();
            map.Add(first.Owner is null ? "shared" : "unit", group.Key.Scope);
            map.Add("cycle", group.Key.Cycle);
            map["objectives"] = group.Select(o => WorkspaceSections.Objective(o, OkrFileReader.DefaultLevel(ownerKind))).ToList();
            var path = severalCycles ? $"okrs/{group.Key.Cycle}/{group.Key.Scope}.yaml" : $"okrs/{group.Key.Scope}.yaml";
            files[path] = YamlText.Render(map);
        }

        return files;
    }

    /// <summary>
    /// Writes rendered files under <paramref name="folder"/>. Each file is written to a temporary file first and then
    /// moved over the old one, so a crash never leaves a half-written file.
    /// </summary>
    public static void Write(IReadOnlyDictionary<string, string> files, string folder)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var (relative, content) in files)
        {
            var path = Path.Join(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
    }

    private static void AddList(SortedDictionary<string, string> files, string path, string key, IEnumerable<YamlMap> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            files[path] = YamlText.Render(new YamlMap { [key] = list });
        }
    }

    private static string Csv(string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        using (var csv = new CsvWriter(writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            foreach (var column in header)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return writer.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

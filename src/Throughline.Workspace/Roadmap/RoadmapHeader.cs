using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Roadmap;

/// <summary>The header of an export: which tool wrote it and where each mapped column is (every Labels column for labels).</summary>
internal sealed record RoadmapHeader(RoadmapSource Source, int Key, int Title, int? Description, int? Group, int? Points, int? Duration, int? Due, int? Status, IReadOnlyList<int> Labels, int? Team, IReadOnlyList<int> DependsOn, int Width)
{
    public static RoadmapHeader? Read(string[] fields, string file, int line, DiagnosticBag diagnostics)
    {
        var keys = fields.Select(Normalise).ToArray();
        int? Find(string[] names) => names.Select(n => Array.IndexOf(keys, Normalise(n))).Where(i => i >= 0).Select(i => (int?)i).FirstOrDefault();
        IReadOnlyList<int> All(string[] names) => [.. keys.Select((k, i) => (k, i)).Where(p => names.Any(n => Normalise(n) == p.k)).Select(p => p.i)];

        var jira = keys.Contains(Normalise("Summary")) || keys.Contains(Normalise("Issue key"));
        var source = jira ? RoadmapSource.Jira : RoadmapSource.Linear;
        var (keyName, titleName) = jira ? ("Issue key", "Summary") : ("ID", "Title");
        var key = jira ? Find(["Issue key"]) : Find(["ID", "Identifier"]);
        var title = jira ? Find(["Summary"]) : Find(["Title"]);
        var missing = new[] { (key, keyName), (title, titleName) }.Where(p => p.Item1 is null).Select(p => $"'{p.Item2}'").ToList();
        if (missing.Count > 0)
        {
            var looksLike = jira ? "a Jira export" : keys.Contains(Normalise("Title")) || keys.Contains(Normalise("ID")) ? "a Linear export" : "neither a Jira nor a Linear export";
            diagnostics.Error(
                DiagnosticCodes.MissingColumn,
                new SourceRef(file, line, 1),
                $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(" and ", missing)}: the header looks like {looksLike} (found: {string.Join(", ", fields.Select(f => f.Trim()).Where(f => f.Length > 0).Take(12))})",
                "export with the default columns: Jira needs Summary and Issue key; Linear needs Title and ID (docs/cli.md, Roadmap import, lists every mapped column)");
            return null;
        }

        return new RoadmapHeader(
            source,
            key!.Value,
            title!.Value,
            Find(RoadmapColumns.Description),
            Find(RoadmapColumns.Group),
            Find(RoadmapColumns.Points),
            Find(RoadmapColumns.Duration),
            Find(RoadmapColumns.Due),
            Find(RoadmapColumns.Status),
            All(RoadmapColumns.Labels),
            Find(RoadmapColumns.Team),
            All(RoadmapColumns.DependsOn),
            fields.Length);
    }

    public static string Normalise(string column) => new([.. column.Trim().ToLowerInvariant().Where(c => c is not ' ' and not '_' and not '-')]);
}

using Throughline.Core.Model;

namespace Throughline.Workspace.Writing;

/// <summary>
/// Adds units to the end of an existing <c>units.yaml</c> without rewriting what is there, so comments and layout
/// a person wrote stay as they are. New entries take the indentation of the existing list.
/// </summary>
internal static class UnitsAppender
{
    public static string Append(string existing, IReadOnlyList<OrgUnit> units)
    {
        var rendered = YamlText.Render(new YamlMap { ["units"] = units.Select(WorkspaceSections.Unit).ToList() });
        var items = rendered.Split('\n').Skip(1).Where(l => l.Length > 0).ToList();
        var indent = existing.Split('\n').Select(l => l.Length - l.TrimStart(' ').Length is var n && l.TrimStart(' ').StartsWith("- ", StringComparison.Ordinal) ? n : -1).FirstOrDefault(n => n >= 0, 0);
        var renderedIndent = items.Count > 0 ? items[0].Length - items[0].TrimStart(' ').Length : 0;
        var shift = new string(' ', Math.Max(0, indent - renderedIndent));
        var text = existing.EndsWith('\n') ? existing : existing + "\n";
        return text + string.Join("\n", items.Select(l => shift + l)) + "\n";
    }
}

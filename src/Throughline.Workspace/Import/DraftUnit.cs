using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>A unit named by the document, before it becomes an <see cref="OrgUnit"/>.</summary>
internal sealed class DraftUnit(string id, string name, UnitKind kind, SourceRef origin)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public UnitKind Kind { get; } = kind;

    public SourceRef Origin { get; } = origin;

    public string? Parent { get; set; }

    /// <summary>The person who leads it, from an owner line under its heading before any objective.</summary>
    public string? Lead { get; set; }
}

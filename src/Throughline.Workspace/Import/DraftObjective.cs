using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>An objective as read from the document, before ids are settled.</summary>
internal sealed class DraftObjective(string? unitId, string title, SourceRef origin)
{
    /// <summary>The unit the document placed it in (or a <c>Unit:</c> line right under it named); null when it named none.</summary>
    public string? UnitId { get; set; } = unitId;

    public string Title { get; } = title;

    public SourceRef Origin { get; } = origin;

    /// <summary>The id the document gave, e.g. <c>O2</c>; null when it gave none.</summary>
    public string? GivenId { get; init; }

    public string? Why { get; set; }

    public string? OwnerPerson { get; set; }

    public ObjectiveType? Type { get; set; }

    /// <summary>The objective of the team line this one's team line is nested under: the document's own cascade.</summary>
    public DraftObjective? Supports { get; set; }

    public List<DraftKeyResult> KeyResults { get; } = [];
}

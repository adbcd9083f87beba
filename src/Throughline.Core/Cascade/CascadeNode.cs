using Throughline.Core.Model;

namespace Throughline.Core.Cascade;

/// <summary>One objective in the cascade tree, with the objectives that explicitly support it.</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Via">The links by which this objective supports its parent node (empty for roots).</param>
/// <param name="Children">Objectives that support this one or one of its key results, in workspace order.</param>
public sealed record CascadeNode(Objective Objective, IReadOnlyList<ParentLink> Via, IReadOnlyList<CascadeNode> Children);

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>What a box on the strategy map stands for.</summary>
internal enum MapNodeKind
{
    CompanyObjective,
    CompanyKeyResult,
    UncoveredKeyResult,
    ThinKeyResult,
    TeamObjective,
    SharedObjective,
    LocalGoal,
    HealthGoal,
    More,
}

/// <summary>One box on the strategy map.</summary>
/// <param name="Id">A stable id (the OKR reference).</param>
/// <param name="Label">The short text shown in the box.</param>
/// <param name="Tooltip">The full text, shown on hover and read by screen readers.</param>
/// <param name="Kind">What it stands for; decides its colour.</param>
/// <param name="Column">0 company objectives, 1 company KRs, 2.. supporting objectives by depth, last: goals that do not ladder up.</param>
/// <param name="Badge">A short tag shown before the label, e.g. the unit or "shared: a, b".</param>
internal sealed record MapNode(string Id, string Label, string Tooltip, MapNodeKind Kind, int Column, string? Badge = null);

/// <summary>A line from what is supported (left) to the objective supporting it (right).</summary>
/// <param name="From">The supported node's id.</param>
/// <param name="To">The supporting node's id.</param>
/// <param name="Strength">Connection strength 1-5, or 0 when not scored.</param>
internal sealed record MapEdge(string From, string To, int Strength);

/// <summary>The strategy map: nodes in columns and the support links between them.</summary>
/// <param name="Nodes">Boxes in column order; within a column, top to bottom.</param>
/// <param name="Edges">Support links.</param>
/// <param name="Columns">The column headings, left to right.</param>
internal sealed record StrategyMap(IReadOnlyList<MapNode> Nodes, IReadOnlyList<MapEdge> Edges, IReadOnlyList<string> Columns);

using System.Globalization;
using System.Text;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>
/// Draws the strategy map as inline SVG with a simple layered layout: one column per level, boxes stacked in the
/// order given, curved links from what is supported to what supports it, link width and colour by strength.
/// </summary>
internal static class StrategyMapSvg
{
    private const double BoxWidth = 230;
    private const double BoxHeight = 38;
    private const double ColumnGap = 70;
    private const double RowGap = 8;
    private const double Margin = 12;
    private const double Header = 26;

    public static string Render(StrategyMap map)
    {
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var columnHeights = new double[map.Columns.Count];
        foreach (var node in map.Nodes)
        {
            var x = Margin + (node.Column * (BoxWidth + ColumnGap));
            var y = Header + Margin + columnHeights[node.Column];
            positions[node.Id] = (x, y);
            columnHeights[node.Column] += BoxHeight + RowGap;
        }

        var width = (2 * Margin) + (map.Columns.Count * BoxWidth) + ((map.Columns.Count - 1) * ColumnGap);
        var height = Header + (2 * Margin) + (columnHeights.Length == 0 ? 0 : columnHeights.Max());
        var uncovered = map.Nodes.Count(n => n.Kind == MapNodeKind.UncoveredKeyResult);
        var local = map.Nodes.Count(n => n.Kind == MapNodeKind.LocalGoal);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"map\" viewBox=\"0 0 {Svg.N(width)} {Svg.N(height)}\" width=\"{Svg.N(width)}\" role=\"img\" aria-labelledby=\"map-t map-d\">");
        svg.Append("<title id=\"map-t\">Strategy map: company objectives, their key results and the objectives that support them</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"map-d\">{map.Nodes.Count(n => n.Kind == MapNodeKind.CompanyObjective)} company objectives, {map.Nodes.Count(n => n.Kind is MapNodeKind.CompanyKeyResult or MapNodeKind.UncoveredKeyResult or MapNodeKind.ThinKeyResult)} company key results ({uncovered} uncovered), {map.Nodes.Count(n => n.Column >= 2 && n.Kind != MapNodeKind.More)} supporting objectives ({local} local goals). Link width shows connection strength 1-5.</desc>");
        for (var c = 0; c < map.Columns.Count; c++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"col\" x=\"{Svg.N(Margin + (c * (BoxWidth + ColumnGap)))}\" y=\"{Svg.N(Margin + 10)}\">{Svg.Escape(map.Columns[c])}</text>");
        }

        foreach (var edge in map.Edges)
        {
            if (!positions.TryGetValue(edge.From, out var from) || !positions.TryGetValue(edge.To, out var to))
            {
                continue;
            }

            var (x1, y1) = (from.X + BoxWidth, from.Y + (BoxHeight / 2));
            var (x2, y2) = (to.X, to.Y + (BoxHeight / 2));
            if (to.X <= from.X)
            {
                (x1, x2) = (from.X, to.X + BoxWidth);
            }

            var bend = Math.Max(20, Math.Abs(x2 - x1) / 2);
            var label = edge.Strength > 0 ? $"strength {edge.Strength} of 5" : "not scored";
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"link s{edge.Strength}\" d=\"M{Svg.N(x1)},{Svg.N(y1)} C{Svg.N(x1 + bend)},{Svg.N(y1)} {Svg.N(x2 - bend)},{Svg.N(y2)} {Svg.N(x2)},{Svg.N(y2)}\"><title>{Svg.Escape(edge.To)} supports {Svg.Escape(edge.From)}: {label}</title></path>");
        }

        foreach (var node in map.Nodes)
        {
            var (x, y) = positions[node.Id];
            var kind = KindClass(node.Kind);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"node {kind}\"><title>{Svg.Escape(node.Tooltip)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Svg.N(x)}\" y=\"{Svg.N(y)}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"5\"/>");
            var localId = node.Id.Contains('/', StringComparison.Ordinal) ? node.Id[(node.Id.IndexOf('/', StringComparison.Ordinal) + 1)..] : node.Id;
            var first = node.Badge is null ? node.Id : $"{node.Badge} · {localId}";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x + 6)}\" y=\"{Svg.N(y + 14)}\" class=\"badge\">{Svg.Escape(Svg.Clip(first, 40))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x + 6)}\" y=\"{Svg.N(y + 30)}\">{Svg.Escape(Svg.Clip(node.Label, 38))}</text></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string KindClass(MapNodeKind kind) => kind switch
    {
        MapNodeKind.CompanyObjective => "company",
        MapNodeKind.CompanyKeyResult => "ckr",
        MapNodeKind.UncoveredKeyResult => "ckr uncovered",
        MapNodeKind.ThinKeyResult => "ckr thin",
        MapNodeKind.SharedObjective => "team shared",
        MapNodeKind.LocalGoal => "team local",
        MapNodeKind.HealthGoal => "team health",
        MapNodeKind.More => "more",
        _ => "team",
    };
}

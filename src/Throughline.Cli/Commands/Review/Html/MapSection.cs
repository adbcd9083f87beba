using System.Text;
using Throughline.Core.Portfolio;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>The strategy map section: the SVG, a legend, and what to look for.</summary>
internal static class MapSection
{
    public static void Write(StringBuilder html, PortfolioReport report)
    {
        var verdicts = report.Alignment.Coverage.GroupBy(c => c.Target).ToDictionary(g => g.Key, g => g.First().Verdict.ToString().ToLowerInvariant());
        var map = StrategyMapBuilder.Build(report.Cascade, report.Quality, target => verdicts.GetValueOrDefault(target));
        html.Append("<section id=\"map\" aria-labelledby=\"map-h\"><h2 id=\"map-h\">Strategy map</h2>");
        html.Append("<p>Company objectives and their key results on the left; the objectives that state they support them to the right, by depth. Link width and colour show connection strength (thick green 5, dashed red 1). Red boxes are company key results nobody covers, dashed amber boxes are local goals with no line of sight, grey boxes health goals, green boxes objectives shared by several units.</p>");
        html.Append("<p class=\"legend\"><span class=\"sw company\">company objective</span><span class=\"sw uncovered\">uncovered company KR</span><span class=\"sw thin\">thinly covered company KR</span><span class=\"sw shared\">shared objective</span><span class=\"sw local\">local goal</span><span class=\"sw health\">health goal</span></p>");
        html.Append("<div class=\"scroll\">").Append(StrategyMapSvg.Render(map)).Append("</div></section>");
    }
}

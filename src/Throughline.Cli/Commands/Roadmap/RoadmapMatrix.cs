using System.Globalization;
using System.Text;
using Throughline.Core.Roadmap;

namespace Throughline.Cli.Commands.Roadmap;

/// <summary>
/// The KR x initiative matrix as CSV for spreadsheets: one row per key result (status, gap, expected), one column per
/// initiative; a cell holds the expected impact, <c>x</c> for a link without an estimate, or <c>?0.55</c> for a suggestion.
/// </summary>
internal static class RoadmapMatrix
{
    public static string Render(RoadmapReport report)
    {
        var initiatives = report.Initiatives;
        var cells = report.Links.ToLookup(l => (l.KeyResult.ToString(), l.Initiative));
        var csv = new StringBuilder();
        csv.Append("kr,status,gap,expected");
        foreach (var i in initiatives)
        {
            csv.Append(',').Append(Escape($"{i.Id} {i.Title}"));
        }

        csv.Append('\n');
        foreach (var c in report.Coverage)
        {
            var kr = c.KeyResult.Ref.ToString();
            csv.Append(Escape(kr)).Append(',').Append(RoadmapFormat.Status(c.Status)).Append(',')
                .Append(c.Gap is { } gap ? N(gap) : string.Empty).Append(',').Append(N(c.Expected));
            foreach (var i in initiatives)
            {
                var link = cells[(kr, i.Id)].FirstOrDefault();
                csv.Append(',').Append(link switch
                {
                    null => string.Empty,
                    { Inferred: true } => "?" + N(link.Score),
                    { Expected: { } e } => N(e),
                    _ => "x",
                });
            }

            csv.Append('\n');
        }

        csv.Append("effort (ew),,,");
        foreach (var i in initiatives)
        {
            csv.Append(',').Append(i.Effort is { } e ? N(e) : string.Empty);
        }

        return csv.Append('\n').ToString();
    }

    private static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}

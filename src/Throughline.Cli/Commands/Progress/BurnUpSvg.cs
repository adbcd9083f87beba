using System.Globalization;
using System.Text;
using Throughline.Core.Progress;

namespace Throughline.Cli.Commands.Progress;

/// <summary>
/// A KR's burn-up chart as a standalone SVG: the weekly values (actual), the even pace from baseline to target
/// (expected), the forecast from the last value to the projected end with its 80% band, and the target.
/// </summary>
internal static class BurnUpSvg
{
    private const double Width = 640, Height = 320, Left = 56, Right = 16, Top = 28, Bottom = 36;

    public static string Render(KrProgress kr)
    {
        var weeks = kr.WeeksElapsed + kr.WeeksRemaining;
        var points = kr.Values.Select(v => (Week: WeekOf(kr, v.Date), v.Value)).ToList();
        var numbers = points.Select(p => p.Value).ToList();
        foreach (var n in new[] { kr.Baseline, kr.Target, kr.Forecast?.Low, kr.Forecast?.High })
        {
            if (n is { } x)
            {
                numbers.Add(x);
            }
        }

        double low = numbers.Count > 0 ? numbers.Min() : 0, high = numbers.Count > 0 ? numbers.Max() : 1;
        if (high - low < 1e-9)
        {
            (low, high) = (low - 1, high + 1);
        }

        var pad = (high - low) * 0.08;
        (low, high) = (low - pad, high + pad);
        string X(double week) => F(Left + (Width - Left - Right) * week / Math.Max(1, weeks));
        string Y(double value) => F(Top + (Height - Top - Bottom) * (high - value) / (high - low));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <title>{Escape(kr.KeyResult.Ref.ToString())}: {Escape(kr.KeyResult.Text)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{Left}\" y=\"16\" font-weight=\"bold\">{Escape(kr.KeyResult.Ref.ToString())} · {Escape(kr.StatusRule)} {Escape(ProgressText.Label(kr.Status))}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <line x1=\"{X(0)}\" y1=\"{Y(low)}\" x2=\"{X(weeks)}\" y2=\"{Y(low)}\" stroke=\"#999\"/>\n");
        for (var w = 0; w <= weeks; w++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{X(w)}\" y=\"{F(Height - Bottom + 14)}\" text-anchor=\"middle\" fill=\"#666\">{w}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{F(Left - 6)}\" y=\"{Y(high - pad)}\" text-anchor=\"end\" fill=\"#666\">{Escape(N(high - pad))}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{F(Left - 6)}\" y=\"{Y(low + pad)}\" text-anchor=\"end\" fill=\"#666\">{Escape(N(low + pad))}</text>\n");
        if (kr.Target is { } target)
        {
            svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"target\" x1=\"{X(0)}\" y1=\"{Y(target)}\" x2=\"{X(weeks)}\" y2=\"{Y(target)}\" stroke=\"#2a7\" stroke-dasharray=\"6 4\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{X(weeks)}\" y=\"{F(double.Parse(Y(target), CultureInfo.InvariantCulture) - 4)}\" text-anchor=\"end\" fill=\"#2a7\">target {Escape(N(target))}</text>\n");
            if (kr.Baseline is { } baseline && kr.Kind is ProgressKind.Increase or ProgressKind.Decrease)
            {
                svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"expected\" x1=\"{X(0)}\" y1=\"{Y(baseline)}\" x2=\"{X(weeks)}\" y2=\"{Y(target)}\" stroke=\"#aaa\" stroke-dasharray=\"2 3\"/>\n");
            }
        }

        if (kr.Forecast is { } f && points.Count > 0)
        {
            var last = points[^1];
            svg.Append(CultureInfo.InvariantCulture, $"  <polygon class=\"band\" points=\"{X(last.Week)},{Y(last.Value)} {X(weeks)},{Y(f.High)} {X(weeks)},{Y(f.Low)}\" fill=\"#48c\" fill-opacity=\"0.18\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"forecast\" x1=\"{X(last.Week)}\" y1=\"{Y(last.Value)}\" x2=\"{X(weeks)}\" y2=\"{Y(f.ProjectedEnd)}\" stroke=\"#48c\" stroke-dasharray=\"4 3\"/>\n");
        }

        if (points.Count > 0)
        {
            var path = (kr.Baseline is { } b ? [(Week: 0, Value: b)] : new List<(int Week, double Value)>()).Concat(points);
            svg.Append(CultureInfo.InvariantCulture, $"  <polyline class=\"actual\" points=\"{string.Join(" ", path.Select(p => $"{X(p.Week)},{Y(p.Value)}"))}\" fill=\"none\" stroke=\"#135\" stroke-width=\"2\"/>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static int WeekOf(KrProgress kr, DateOnly date) => kr.WeeksElapsed - (kr.CurrentDate is { } c ? (c.DayNumber - date.DayNumber) / 7 : 0);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}

using System.Globalization;
using System.Text;
using Throughline.Core.Model;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>
/// Renders a burn-up chart as inline SVG: the planned line from baseline to target, the check-ins so far, today, and
/// the forecast band at the end of the cycle. Decreasing KRs are drawn the same way (the axis is not inverted).
/// </summary>
internal static class BurnUpSvg
{
    private const double Width = 320;
    private const double Height = 160;
    private const double Left = 44;
    private const double Right = 12;
    private const double Top = 10;
    private const double Bottom = 22;

    public static string Render(BurnUp chart, string id)
    {
        var values = chart.Actuals.Select(a => a.Value).Append(chart.Baseline).Append(chart.Target).ToList();
        if (chart.Forecast is { } f)
        {
            values.AddRange([f.Low, f.High]);
        }

        var (min, max) = (values.Min(), values.Max());
        if (max - min < 1e-9)
        {
            (min, max) = (min - 1, max + 1);
        }

        var pad = (max - min) * 0.08;
        (min, max) = (min - pad, max + pad);
        var days = Math.Max(1, chart.End.DayNumber - chart.Start.DayNumber);
        double X(DateOnly d) => Left + ((Width - Left - Right) * Math.Clamp(d.DayNumber - chart.Start.DayNumber, 0, days) / days);
        double Y(double v) => Top + ((Height - Top - Bottom) * (1 - ((v - min) / (max - min))));

        var last = chart.Actuals.Count > 0 ? chart.Actuals[^1] : ((DateOnly Date, double Value)?)null;
        var description = last is { } l
            ? $"Planned from {ValueFormat.Number(chart.Baseline)} to {ValueFormat.Number(chart.Target)}; last check-in {ValueFormat.Number(l.Value)} on {l.Date:yyyy-MM-dd}"
            : $"Planned from {ValueFormat.Number(chart.Baseline)} to {ValueFormat.Number(chart.Target)}; no check-ins yet";
        if (chart.Forecast is { } band)
        {
            description += $"; forecast {ValueFormat.Number(band.Mid)} (range {ValueFormat.Number(band.Low)} to {ValueFormat.Number(band.High)})";
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"burnup\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">Burn-up: {Svg.Escape(chart.Title)}</title><desc id=\"{id}-d\">{Svg.Escape(description)}.</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\"/>");
        foreach (var (value, label) in new[] { (chart.Baseline, "baseline"), (chart.Target, "target") })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 4}\" y=\"{Svg.N(Y(value) + 3)}\" text-anchor=\"end\">{Svg.Escape(ValueFormat.Number(value))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid {label}\" x1=\"{Left}\" y1=\"{Svg.N(Y(value))}\" x2=\"{Width - Right}\" y2=\"{Svg.N(Y(value))}\"/>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left}\" y=\"{Height - 6}\">{chart.Start:MMM d}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Width - Right}\" y=\"{Height - 6}\" text-anchor=\"end\">{chart.End:MMM d}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"plan\" x1=\"{Svg.N(X(chart.Start))}\" y1=\"{Svg.N(Y(chart.Baseline))}\" x2=\"{Svg.N(X(chart.End))}\" y2=\"{Svg.N(Y(chart.Target))}\"/>");
        if (chart.AsOf is { } today && today >= chart.Start && today <= chart.End)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"today\" x1=\"{Svg.N(X(today))}\" y1=\"{Top}\" x2=\"{Svg.N(X(today))}\" y2=\"{Height - Bottom}\"/>");
        }

        if (chart.Forecast is { } forecast && last is { } from)
        {
            var (x0, y0, x1) = (X(from.Date), Y(from.Value), X(chart.End));
            svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"band\" points=\"{Svg.N(x0)},{Svg.N(y0)} {Svg.N(x1)},{Svg.N(Y(forecast.High))} {Svg.N(x1)},{Svg.N(Y(forecast.Low))}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"forecast\" x1=\"{Svg.N(x0)}\" y1=\"{Svg.N(y0)}\" x2=\"{Svg.N(x1)}\" y2=\"{Svg.N(Y(forecast.Mid))}\"/>");
        }

        if (chart.Actuals.Count > 0)
        {
            var points = string.Join(' ', chart.Actuals.Select(a => $"{Svg.N(X(a.Date))},{Svg.N(Y(a.Value))}"));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"actual\" points=\"{points}\"/>");
            foreach (var (date, value) in chart.Actuals)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"actual\" cx=\"{Svg.N(X(date))}\" cy=\"{Svg.N(Y(value))}\" r=\"2.2\"/>");
            }
        }

        return svg.Append("</svg>").ToString();
    }
}

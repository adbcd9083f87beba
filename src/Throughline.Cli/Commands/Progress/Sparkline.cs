namespace Throughline.Cli.Commands.Progress;

/// <summary>A compact text sparkline of a KR's weekly values (▁..█), scaled between the lowest and highest of values, baseline and target.</summary>
internal static class Sparkline
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public static string Of(IEnumerable<double> values, params double?[] bounds)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return string.Empty;
        }

        var all = list.Concat(bounds.Where(b => b is not null).Select(b => b!.Value)).ToList();
        double low = all.Min(), high = all.Max();
        return string.Concat(list.Select(v => high > low ? Bars[(int)Math.Round((v - low) / (high - low) * (Bars.Length - 1))] : Bars[0]));
    }
}

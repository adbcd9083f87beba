using System.Globalization;

namespace Throughline.Cli.Commands.Roadmap;

/// <summary>Reads <c>--cut</c>: "30%", "30" or "0.3" all mean 30% of the open effort.</summary>
internal static class CutShare
{
    public static bool TryParse(string text, out double share)
    {
        var trimmed = text.Trim().TrimEnd('%').Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            share = text.Contains('%', StringComparison.Ordinal) || value > 1 ? value / 100 : value;
            return share <= 1;
        }

        share = 0;
        return false;
    }
}

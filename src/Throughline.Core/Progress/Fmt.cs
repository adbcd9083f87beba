using System.Globalization;

namespace Throughline.Core.Progress;

/// <summary>Number and date formatting for progress messages (invariant culture, trimmed decimals).</summary>
internal static class Fmt
{
    public static string N(double value) =>
        Math.Abs(value) >= 100 ? value.ToString("#,0.#", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Signed(double value) => (value >= 0 ? "+" : "") + N(value);

    public static string Pct(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using Throughline.Core.Roadmap;

namespace Throughline.Cli.Commands.Roadmap;

/// <summary>Number and label formatting shared by the roadmap writers.</summary>
internal static class RoadmapFormat
{
    public static string Number(double value, bool signed = false)
    {
        var text = Math.Round(value, 2).ToString("#,0.##", CultureInfo.InvariantCulture);
        return signed && value > 0 ? "+" + text : text;
    }

    public static string Percent(double share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Status(CoverageStatus status) => status switch
    {
        CoverageStatus.Covered => "covered",
        CoverageStatus.UnderBacked => "under-backed",
        CoverageStatus.Unbacked => "unbacked",
        CoverageStatus.BackedThroughSupport => "backed through support",
        CoverageStatus.Unquantified => "impact not estimated",
        _ => "backed",
    };

    public static string Gap(KrCoverage c) => c.Gap is { } gap
        ? $"{Number(c.Expected, true)} of {Number(gap, true)}{(c.GapShare is { } share ? $" ({Percent(share)})" : string.Empty)}"
        : "no gap";
}

using System.Globalization;

namespace Throughline.Cli.Commands.Review;

/// <summary>How the review writes shares, in every format: "88%", or "—" when there was nothing to measure.</summary>
internal static class ReviewFormat
{
    public static string Percent(double? share) => share is { } s ? s.ToString("0%", CultureInfo.InvariantCulture) : "—";
}

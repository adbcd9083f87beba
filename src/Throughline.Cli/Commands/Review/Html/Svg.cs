using System.Globalization;
using System.Net;

namespace Throughline.Cli.Commands.Review.Html;

/// <summary>Small helpers for writing SVG and HTML text: escaping, invariant numbers, truncation.</summary>
internal static class Svg
{
    /// <summary>Text escaped for an HTML or SVG element or attribute.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A coordinate or length with at most one decimal, invariant culture (stable output).</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The text cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
}

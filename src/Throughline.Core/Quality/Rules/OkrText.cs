using System.Text;

namespace Throughline.Core.Quality.Rules;

/// <summary>Text helpers shared by the rules: quoting and normalising titles and metric phrases.</summary>
internal static class OkrText
{
    /// <summary>The text in double quotes, shortened when long.</summary>
    public static string Quote(string text)
    {
        var trimmed = text.Trim();
        return "\"" + (trimmed.Length > 120 ? trimmed[..117] + "..." : trimmed) + "\"";
    }

    /// <summary>Lower case, letters and digits only, single spaces: for comparing titles and metric phrases.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The words of a normalised text.</summary>
    public static string[] Words(string text) => Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

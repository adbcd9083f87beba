using System.Text;
using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>
/// How enum values are spelled in workspace files and JSON output: kebab-case of the C# name (<c>product-team</c>,
/// <c>in-progress</c>), plus the short spellings people use for units of measure (<c>%</c>, <c>ms</c>).
/// </summary>
public static class YamlNames
{
    private static readonly Dictionary<string, MeasureUnit> MeasureAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["%"] = MeasureUnit.Percent,
        ["pct"] = MeasureUnit.Percent,
        ["percentage"] = MeasureUnit.Percent,
        ["number"] = MeasureUnit.Count,
        ["#"] = MeasureUnit.Count,
        ["money"] = MeasureUnit.Currency,
        ["ms"] = MeasureUnit.Milliseconds,
        ["s"] = MeasureUnit.Seconds,
        ["sec"] = MeasureUnit.Seconds,
        ["min"] = MeasureUnit.Minutes,
        ["h"] = MeasureUnit.Hours,
        ["hrs"] = MeasureUnit.Hours,
        ["d"] = MeasureUnit.Days,
        ["x"] = MeasureUnit.Multiple,
        ["ratio"] = MeasureUnit.Multiple,
        ["points"] = MeasureUnit.Score,
        ["rating"] = MeasureUnit.Stars,
    };

    private static readonly Dictionary<MeasureUnit, string> MeasureNames = new()
    {
        [MeasureUnit.Milliseconds] = "ms",
    };

    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        if (typeof(T) == typeof(MeasureUnit) && MeasureAliases.TryGetValue(text.Trim(), out var unit))
        {
            value = (T)(object)unit;
            return true;
        }

        var squashed = Squash(text);
        foreach (var candidate in System.Enum.GetValues<T>())
        {
            if (string.Equals(Squash(candidate.ToString()), squashed, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The spelling written to files.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        if (value is MeasureUnit unit && MeasureNames.TryGetValue(unit, out var name))
        {
            return name;
        }

        return Kebab(value.ToString());
    }

    public static IEnumerable<string> AllOf<T>()
        where T : struct, Enum =>
        System.Enum.GetValues<T>().Select(Name);

    private static string Squash(string text) =>
        new([.. text.Where(c => c is not '-' and not '_' and not ' ')]);

    private static string Kebab(string pascal)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}

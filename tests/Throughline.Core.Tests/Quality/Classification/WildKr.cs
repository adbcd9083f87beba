using System.Globalization;
using System.Reflection;
using Throughline.Core.Model;
using Throughline.Core.Quality.Classification;

namespace Throughline.Core.Tests.Quality.Classification;

/// <summary>One labelled row of <c>Quality/Data/wild-krs.tsv</c>.</summary>
internal sealed record WildKr(string Split, KrKind Kind, double? Baseline, WildTarget? Target, DateOnly? Deadline, string Org, string Text)
{
    public static IReadOnlyList<WildKr> Load()
    {
        var root = typeof(WildKr).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        var path = Path.Combine(root, "tests", "Throughline.Core.Tests", "Quality", "Data", "wild-krs.tsv");
        return [.. File.ReadAllLines(path)
            .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(c => new WildKr(
                c[0],
                Enum.Parse<KrKind>(c[1], ignoreCase: true),
                c[2].Length == 0 ? null : double.Parse(c[2], CultureInfo.InvariantCulture),
                WildTarget.From(c[3]),
                c[4].Length == 0 ? null : DateOnly.ParseExact(c[4], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                c[5],
                c[6]))];
    }
}

/// <summary>An expected target: an absolute value, or a relative change written <c>by:20%</c>, <c>by:2x</c>, <c>by:5</c>.</summary>
internal sealed record WildTarget(double Value, ChangeKind? Change)
{
    public static WildTarget? From(string cell)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        if (!cell.StartsWith("by:", StringComparison.Ordinal))
        {
            return new WildTarget(double.Parse(cell, CultureInfo.InvariantCulture), null);
        }

        var amount = cell[3..];
        var kind = amount.EndsWith('%') ? ChangeKind.Percent : amount.EndsWith('x') ? ChangeKind.Multiple : ChangeKind.Absolute;
        return new WildTarget(double.Parse(amount.TrimEnd('%', 'x'), CultureInfo.InvariantCulture), kind);
    }

    public override string ToString() => Change switch
    {
        null => Value.ToString(CultureInfo.InvariantCulture),
        ChangeKind.Percent => $"by:{Value.ToString(CultureInfo.InvariantCulture)}%",
        ChangeKind.Multiple => $"by:{Value.ToString(CultureInfo.InvariantCulture)}x",
        _ => $"by:{Value.ToString(CultureInfo.InvariantCulture)}",
    };
}

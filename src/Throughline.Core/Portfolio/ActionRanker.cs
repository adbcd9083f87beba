using System.Globalization;
using Throughline.Core.Diagnostics;

namespace Throughline.Core.Portfolio;

/// <summary>
/// Picks the top actions from every finding: findings of one rule about the same units form one action, weighted by
/// severity (error 10, warning 2, info 0.5) and by how many units must act together (a conflict between two teams
/// outranks a weak KR of one), then the strongest action per rule family comes first so the top five are varied.
/// </summary>
public static class ActionRanker
{
    /// <summary>The top <paramref name="count"/> actions; <paramref name="titleOf"/> names a rule for the action title.</summary>
    public static IReadOnlyList<PortfolioAction> Rank(IReadOnlyList<PortfolioFinding> findings, Func<string, string?> titleOf, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(titleOf);
        var groups = findings
            .Where(f => f.Severity >= Severity.Warning)
            .GroupBy(f => (f.RuleId, Units: string.Join(",", f.Units.Order(StringComparer.Ordinal))))
            .Select(g => (g.Key.RuleId, Findings: g.ToList(), Weight: g.Sum(f => Weight(f.Severity)) * (1 + (0.5 * Math.Max(0, g.First().Units.Count - 1)))))
            .OrderByDescending(g => g.Weight)
            .ThenBy(g => g.RuleId, StringComparer.Ordinal)
            .ThenBy(g => g.Findings[0].Target, StringComparer.Ordinal)
            .ToList();

        // One action per rule first, so five weak KRs in five units do not crowd out a conflict; then the rest.
        var firstPerRule = groups.GroupBy(g => g.RuleId).Select(g => g.First()).ToList();
        var ordered = firstPerRule.Concat(groups.Except(firstPerRule)).Take(count).ToList();
        return [.. ordered.Select((g, i) => ToAction(i + 1, g.Findings, titleOf))];
    }

    private static PortfolioAction ToAction(int rank, List<PortfolioFinding> findings, Func<string, string?> titleOf)
    {
        var first = findings[0];
        var units = first.Units.Count == 0 ? ["the organisation"] : first.Units;
        var who = units.Count == 1 ? units[0] : $"{string.Join(", ", units.Take(units.Count - 1))} and {units[^1]}";
        var title = findings.Count == 1
            ? $"{who}: {first.Message}"
            : titleOf(first.RuleId) is { } what
                ? string.Create(CultureInfo.InvariantCulture, $"{who}: {what} ({findings.Count} findings)")
                : string.Create(CultureInfo.InvariantCulture, $"{who}: {findings.Count} findings of {first.RuleId}, e.g. {first.Message}");
        var targets = string.Join(", ", findings.Take(4).Select(f => f.Target)) + (findings.Count > 4 ? $" and {findings.Count - 4} more" : string.Empty);
        var why = Clip($"{first.RuleId} ({first.Severity.ToString().ToLowerInvariant()}) on {targets}. {first.Evidence}", MaxWhy);
        return new PortfolioAction(rank, Clip(title, MaxTitle), units, Clip(first.Fix, MaxWhy), why, [first.RuleId]);
    }

    /// <summary>Evidence of organisation-wide findings can list thousands of items; the action quotes the start.</summary>
    private const int MaxWhy = 600;

    private const int MaxTitle = 300;

    private static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");

    private static double Weight(Severity severity) => severity switch
    {
        Severity.Error => 10,
        Severity.Warning => 2,
        _ => 0.5,
    };
}

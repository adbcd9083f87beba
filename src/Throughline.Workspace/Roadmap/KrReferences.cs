using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Workspace.Roadmap;

/// <summary>
/// Finds KR references in labels and text — "O1-KR2", "growth/O1-KR2", "growth:O1-KR2", "okr-growth/O1-KR2", with an
/// optional expected impact "O1-KR2=+3" or "O1-KR2:-0.5" — and resolves them against the cycle's key results.
/// A reference without a scope means the row's team; failing that, the one KR of the cycle with that id.
/// </summary>
internal sealed partial class KrReferences(IReadOnlyList<Objective> objectives)
{
    private readonly ILookup<string, OkrRef> _byLocalId = objectives.SelectMany(o => o.KeyResults).ToLookup(k => k.Ref.LocalId, k => k.Ref, StringComparer.OrdinalIgnoreCase);

    /// <summary>The references in <paramref name="text"/>: resolved ones, and the ones that could not be resolved with why.</summary>
    public IEnumerable<(OkrRef? Ref, double? Expected, string Written, string? Problem)> Find(string text, string? unit)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var local = $"{match.Groups["obj"].Value.ToUpperInvariant()}-{match.Groups["kr"].Value.ToUpperInvariant()}";
            double? expected = match.Groups["impact"].Success ? double.Parse(match.Groups["impact"].Value, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
            var scope = match.Groups["scope"].Success ? match.Groups["scope"].Value : null;
            yield return Resolve(scope, local, unit) switch
            {
                ({ } found, null) => (found, expected, match.Value, null),
                (_, var problem) => (null, expected, match.Value, problem),
            };
        }
    }

    private (OkrRef? Ref, string? Problem) Resolve(string? scope, string local, string? unit)
    {
        if (scope is not null)
        {
            var found = _byLocalId[local].FirstOrDefault(k => string.Equals(k.Scope, scope, StringComparison.OrdinalIgnoreCase));
            return found is not null ? (found, null) : (null, $"no key result {scope}/{local} in the cycle{Hint(local)}");
        }

        var candidates = _byLocalId[local].ToList();
        if (unit is not null && candidates.FirstOrDefault(c => string.Equals(c.Scope, unit, StringComparison.OrdinalIgnoreCase)) is { } own)
        {
            return (own, null);
        }

        return candidates.Count switch
        {
            1 => (candidates[0], null),
            0 => (null, $"no key result {local} in the cycle"),
            _ => (null, $"{local} is ambiguous without a team: write one of {string.Join(", ", candidates)}"),
        };
    }

    private string Hint(string local)
    {
        var candidates = _byLocalId[local].Select(c => c.ToString()).Take(4).ToList();
        return candidates.Count == 0 ? string.Empty : $" (did you mean {string.Join(", ", candidates)}?)";
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:(?:okr[-_:])?(?<scope>[A-Za-z0-9][A-Za-z0-9._-]*?)[/:])?(?<obj>O\d+)[-_ ](?<kr>KR\d+)(?:\s*[=:]\s*(?<impact>[+-]?\d+(?:\.\d+)?))?(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

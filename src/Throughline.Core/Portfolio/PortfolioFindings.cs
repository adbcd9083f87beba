using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;
using Throughline.Core.Model;
using Throughline.Core.Progress;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rules;
using Throughline.Core.Roadmap;

namespace Throughline.Core.Portfolio;

/// <summary>Puts every analysis's findings into the one shape the portfolio review ranks and lists.</summary>
public static class PortfolioFindings
{
    /// <summary>Every finding of the five analyses, unordered.</summary>
    public static IEnumerable<PortfolioFinding> From(QualityReport quality, AlignmentReport alignment, ConflictReport conflicts, ProgressReport progress, RoadmapReport roadmap)
    {
        ArgumentNullException.ThrowIfNull(quality);
        ArgumentNullException.ThrowIfNull(alignment);
        ArgumentNullException.ThrowIfNull(conflicts);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(roadmap);
        var owners = roadmap.Initiatives.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Unit, StringComparer.Ordinal);
        return quality.Findings.Select(f => OfRule("quality", f))
            .Concat(alignment.Findings.Select(f => new PortfolioFinding("alignment", f.RuleId, f.Severity, f.Subject, f.Units, f.Message, f.Evidence, f.Fix)))
            .Concat(conflicts.Conflicts.Select(c => new PortfolioFinding(
                "conflicts", c.RuleId, c.Severity, c.B is null ? c.A : $"{c.A} vs {c.B}", c.Units, c.Rationale, c.Evidence, c.Suggestion)))
            .Concat(progress.Findings.Select(f => OfRule("progress", f)))
            .Concat(roadmap.Findings.Select(f => new PortfolioFinding("roadmap", f.RuleId, f.Severity, f.Target, UnitsOf(f.Target, owners), f.Message, f.Evidence, f.Fix)));
    }

    private static PortfolioFinding OfRule(string area, Finding finding) => new(
        area,
        finding.RuleId,
        finding.Severity,
        finding.Target.ToString(),
        finding.Target.Scope is { } unit ? [unit] : [],
        finding.Message,
        finding.Evidence,
        finding.Fix);

    /// <summary>The unit a roadmap finding is about: the KR's unit, or the initiative's owner.</summary>
    private static IReadOnlyList<string> UnitsOf(string target, IReadOnlyDictionary<string, string> owners) =>
        OkrRef.TryParse(target, out var reference) && reference.Scope is { } scope ? [scope]
        : owners.TryGetValue(target, out var unit) ? [unit]
        : [];
}

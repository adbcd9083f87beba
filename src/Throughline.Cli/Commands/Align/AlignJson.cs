using Throughline.Core.Alignment;

namespace Throughline.Cli.Commands.Align;

/// <summary>The <c>align --format json</c> document (docs/cli.md, "align").</summary>
internal sealed record AlignJson(string Cycle, IReadOnlyList<AlignJson.SourceJson> LineOfSight, IReadOnlyList<AlignJson.CoverageJson> Coverage, IReadOnlyList<AlignJson.FindingJson> Findings)
{
    public static AlignJson From(AlignmentReport report) => new(
        report.Cycle,
        [.. report.LineOfSight.Select(l => new SourceJson(l.Source.ToString(), l.Source.IsKeyResult ? "key_result" : "objective", l.Unit,
            [.. l.Candidates.Select(c => new CandidateJson(c.Target.ToString(), c.Score, c.Reason, c.Explicit))]))],
        [.. report.Coverage.Select(c => new CoverageJson(c.Target.ToString(), c.Verdict.ToString().ToLowerInvariant(), c.Meaning,
            [.. c.Contributions.Select(k => new ContributionJson(k.Unit, k.Source.ToString(), Kind(k.Kind), k.Score, k.Reason))],
            [.. c.Unclaimed.Select(u => u.ToString())]))],
        [.. report.Findings.Select(f => new FindingJson(f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.Subject, f.Units, f.Message, f.Evidence, f.Fix, f.Where?.ToString()))]);

    private static string Kind(ContributionKind kind) => kind switch
    {
        ContributionKind.DirectMetric => "direct_metric",
        ContributionKind.DriverMetric => "driver_metric",
        _ => "enabler",
    };

    internal sealed record SourceJson(string Source, string Kind, string Unit, IReadOnlyList<CandidateJson> Candidates);

    internal sealed record CandidateJson(string TargetId, int Score, string Reason, bool Explicit);

    internal sealed record CoverageJson(string Target, string Verdict, string Meaning, IReadOnlyList<ContributionJson> Contributions, IReadOnlyList<string> Unclaimed);

    internal sealed record ContributionJson(string Unit, string Source, string Kind, int Score, string Reason);

    internal sealed record FindingJson(string Rule, string Severity, string Subject, IReadOnlyList<string> Units, string Message, string Evidence, string Fix, string? Where);
}

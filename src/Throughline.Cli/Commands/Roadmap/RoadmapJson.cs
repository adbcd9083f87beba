using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Roadmap;

namespace Throughline.Cli.Commands.Roadmap;

/// <summary>The document <c>throughline roadmap --format json</c> writes (schema in docs/cli.md).</summary>
internal sealed record RoadmapJson(
    string Organisation,
    string Cycle,
    RoadmapSummaryJson Summary,
    IReadOnlyList<KrCoverageJson> KeyResults,
    IReadOnlyList<InitiativeJson> Initiatives,
    IReadOnlyList<AllocationJson> Allocations,
    IReadOnlyList<CriticalPathJson> CriticalPaths,
    IReadOnlyList<MissingWorkJson> MissingWork,
    CutJson? Cut,
    IReadOnlyList<RoadmapFindingJson> Findings)
{
    public static RoadmapJson From(OkrWorkspace workspace, RoadmapReport report) => new(
        workspace.Organisation,
        report.Cycle,
        RoadmapSummaryJson.From(report),
        [.. report.Coverage.Select(KrCoverageJson.From)],
        [.. report.Initiatives.Select(i => InitiativeJson.From(i, report))],
        [.. report.Allocations.Select(a => new AllocationJson(a.Objective.Ref.ToString(), a.Unit, a.Objective.Order, R(a.Priority), R(a.ImportanceShare), R(a.Effort), R(a.EffortShare), R(a.Mismatch)))],
        [.. report.CriticalPaths.Select(p => new CriticalPathJson(p.Initiative.Id, p.Initiative.ExpectedCompletion, p.MinSlackDays, [.. p.Dependants.Select(d => new DependantJson(d.Initiative.Id, d.Initiative.ExpectedCompletion, d.SlackDays))], [.. p.KeyResults.Select(k => k.ToString())]))],
        [.. report.MissingWork.Select(m => new MissingWorkJson(m.KeyResult.ToString(), m.Metric, m.Shortfall, m.Drivers, m.Owners))],
        report.Cut is { } cut ? CutJson.From(cut) : null,
        [.. report.Findings.Select(f => new RoadmapFindingJson(f.RuleId, f.Severity, f.Target, f.Message, f.Evidence, f.Fix, f.Where?.File, f.Where is { Line: > 0 } w ? w.Line : null, f.Where is { Column: > 0 } c ? c.Column : null))]);

    internal static double R(double value) => Math.Round(value, 4);
}

/// <summary>The headline numbers.</summary>
internal sealed record RoadmapSummaryJson(
    int Initiatives, double Effort, int LinkedInitiatives, double LinkedInitiativeShare, double LinkedEffortShare, int Orphans, double OrphanEffort, int Suggestions,
    int KeyResults, int Covered, int UnderBacked, int Unbacked, int BackedThroughSupport, int Unquantified, int Warnings, int Infos)
{
    public static RoadmapSummaryJson From(RoadmapReport r) => new(
        r.Initiatives.Count,
        r.Initiatives.Sum(i => i.Effort ?? 0),
        r.Linked.Count(),
        RoadmapJson.R(r.LinkedInitiativeShare),
        RoadmapJson.R(r.LinkedEffortShare),
        r.Orphans.Count,
        r.Orphans.Sum(o => o.Effort ?? 0),
        r.Suggestions.Count(),
        r.Coverage.Count,
        r.Coverage.Count(c => c.Status == CoverageStatus.Covered),
        r.Coverage.Count(c => c.Status == CoverageStatus.UnderBacked),
        r.Coverage.Count(c => c.Status == CoverageStatus.Unbacked),
        r.Coverage.Count(c => c.Status == CoverageStatus.BackedThroughSupport),
        r.Coverage.Count(c => c.Status == CoverageStatus.Unquantified),
        r.Findings.Count(f => f.Severity == Severity.Warning),
        r.Findings.Count(f => f.Severity == Severity.Info));
}

/// <summary>One key result's coverage.</summary>
internal sealed record KrCoverageJson(
    string Id, string Text, string Objective, double Priority, MetricDirection Direction, string Status, double? Start, string? StartBasis, double? Target,
    double? Gap, double Expected, double? GapShare, double? Shortfall, double Effort, IReadOnlyList<LinkJson> Initiatives, IReadOnlyList<string> SupportedBy)
{
    public static KrCoverageJson From(KrCoverage c) => new(
        c.KeyResult.Ref.ToString(), c.KeyResult.Text, c.Objective.Ref.ToString(), RoadmapJson.R(c.Priority), c.Direction, RoadmapFormat.Status(c.Status).Replace(' ', '-'),
        c.Start, c.StartBasis, c.KeyResult.EffectiveTarget, c.Gap, RoadmapJson.R(c.Expected), c.GapShare is { } s ? RoadmapJson.R(s) : null, c.Shortfall, RoadmapJson.R(c.Effort),
        [.. c.Links.Select(LinkJson.From)], [.. c.SupportedBy.Select(s => s.ToString())]);
}

/// <summary>A stated link or an inferred suggestion.</summary>
internal sealed record LinkJson(string Initiative, string Kr, double? Expected, bool Inferred, double Score, string? Reason)
{
    public static LinkJson From(RoadmapLink l) => new(l.Initiative, l.KeyResult.ToString(), l.Expected, l.Inferred, l.Score, l.Reason);
}

/// <summary>One initiative with its links.</summary>
internal sealed record InitiativeJson(string Id, string Title, string Unit, InitiativeStatus Status, double? Effort, DateOnly? Expected, IReadOnlyList<string> DependsOn, bool Orphan, IReadOnlyList<LinkJson> Links)
{
    public static InitiativeJson From(Initiative i, RoadmapReport report) => new(
        i.Id, i.Title, i.Unit, i.Status, i.Effort, i.ExpectedCompletion, i.DependsOn, report.Orphans.Contains(i),
        [.. report.Links.Where(l => l.Initiative == i.Id).Select(LinkJson.From)]);
}

/// <summary>Effort against priority for one objective.</summary>
internal sealed record AllocationJson(string Objective, string Unit, int Order, double Priority, double ImportanceShare, double Effort, double EffortShare, double Mismatch);

/// <summary>An initiative others wait on.</summary>
internal sealed record CriticalPathJson(string Initiative, DateOnly? Expected, int? MinSlackDays, IReadOnlyList<DependantJson> Dependants, IReadOnlyList<string> KeyResults);

/// <summary>An initiative waiting on a critical-path one.</summary>
internal sealed record DependantJson(string Id, DateOnly? Expected, int? SlackDays);

/// <summary>The cut.</summary>
internal sealed record CutJson(double Share, double OpenEffort, double Budget, double KeptEffort, double CutEffort, double ValueAll, double ValueKept, double ValueKeptShare, double UpperBound, bool Optimal, long Nodes, IReadOnlyList<CutDecisionJson> Cuts)
{
    public static CutJson From(RoadmapCut c) => new(
        c.Share, c.OpenEffort, RoadmapJson.R(c.Budget), c.KeptEffort, c.CutEffort, RoadmapJson.R(c.ValueAll), RoadmapJson.R(c.ValueKept), RoadmapJson.R(c.ValueKeptShare), RoadmapJson.R(c.UpperBound), c.Optimal, c.Nodes,
        [.. c.Cuts.Select(d => new CutDecisionJson(d.Initiative.Id, d.Initiative.Title, d.Initiative.Effort, RoadmapJson.R(d.ValueLost), d.Reason))]);
}

/// <summary>One dropped initiative.</summary>
internal sealed record CutDecisionJson(string Id, string Title, double? Effort, double ValueLost, string Reason);

/// <summary>One finding.</summary>
internal sealed record RoadmapFindingJson(string Rule, Severity Severity, string Target, string Message, string Evidence, string Fix, string? File, int? Line, int? Column);

/// <summary>A KR whose gap no work closes, with the drivers that would move it.</summary>
internal sealed record MissingWorkJson(string Kr, string? Metric, double? Shortfall, IReadOnlyList<string> Drivers, IReadOnlyList<string> Owners);

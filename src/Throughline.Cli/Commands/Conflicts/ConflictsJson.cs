using Throughline.Core.Conflicts;

namespace Throughline.Cli.Commands.Conflicts;

/// <summary>The <c>conflicts --format json</c> document (docs/cli.md, "conflicts").</summary>
internal sealed record ConflictsJson(string Cycle, IReadOnlyList<ConflictsJson.TopJson> Top, IReadOnlyList<ConflictsJson.ConflictJson> Conflicts)
{
    public static ConflictsJson From(ConflictReport report) => new(
        report.Cycle,
        [.. report.TopIssues.Select(t => new TopJson(t.Rank, ToJson(t.Conflict), t.Conversation))],
        [.. report.Conflicts.Select(ToJson)]);

    private static ConflictJson ToJson(Conflict c) => new(
        c.RuleId, Type(c.Type), c.Severity.ToString().ToLowerInvariant(), c.A, c.B, c.Units, c.Rationale, c.Evidence, c.Suggestion, c.Where?.ToString());

    private static string Type(ConflictType type) => type switch
    {
        ConflictType.MetricTension => "metric_tension",
        ConflictType.MetricDefinition => "metric_definition",
        ConflictType.OverAsked => "over_asked",
        ConflictType.IncompatibleDates => "incompatible_dates",
        ConflictType.LatePlan => "late_plan",
        ConflictType.UnagreedDependency => "unagreed_dependency",
        ConflictType.UnreflectedDependency => "unreflected_dependency",
        ConflictType.UnacceptedContribution => "unaccepted_contribution",
        _ => "unowned_company_kr",
    };

    internal sealed record TopJson(int Rank, ConflictJson Conflict, string Conversation);

    internal sealed record ConflictJson(string Rule, string Type, string Severity, string A, string? B, IReadOnlyList<string> Units, string Rationale, string Evidence, string Suggestion, string? Where);
}

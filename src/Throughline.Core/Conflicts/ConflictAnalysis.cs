using Throughline.Core.Alignment;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Conflicts;

/// <summary>
/// <c>ConflictAnalysis.Run</c>: cross-team conflicts (CF001-CF010; CF011, tensions judged outside the rules, is added by <see cref="With"/>) and the top three issues to resolve before the
/// quarter starts. A pure function of the workspace.
/// </summary>
public static class ConflictAnalysis
{
    /// <summary>Analyses <paramref name="cycle"/> (default: the current cycle).</summary>
    public static ConflictReport Run(OkrWorkspace workspace, KnowledgeBase knowledge, string? cycle = null) =>
        Run(AlignmentContext.Create(workspace, knowledge, cycle));

    /// <summary>Analyses a prepared context (shared with the alignment analysis).</summary>
    public static ConflictReport Run(AlignmentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tensions = MetricTensionRule.Find(context).ToList();
        var reported = tensions.Where(c => c.B is not null).Select(c => LeverTensionRule.PairKey(c.A, c.B!)).ToHashSet(StringComparer.Ordinal);
        var conflicts = Ordered(tensions
            .Concat(LeverTensionRule.Find(context, reported))
            .Concat(MetricDefinitionRule.Find(context))
            .Concat(DependencyRules.Find(context))
            .Concat(ContributionRules.Find(context, context.Coverage)));
        return new ConflictReport(context.CycleId, conflicts, TopIssues(conflicts));
    }

    /// <summary><paramref name="report"/> with <paramref name="added"/> conflicts (e.g. judged tensions, CF011) in their place and the top issues ranked again.</summary>
    public static ConflictReport With(ConflictReport report, IEnumerable<Conflict> added)
    {
        ArgumentNullException.ThrowIfNull(report);
        var conflicts = Ordered(report.Conflicts.Concat(added));
        return report with { Conflicts = conflicts, TopIssues = TopIssues(conflicts) };
    }

    private static List<Conflict> Ordered(IEnumerable<Conflict> conflicts) => conflicts
        .OrderByDescending(c => c.Severity)
        .ThenBy(c => c.RuleId, StringComparer.Ordinal)
        .ThenBy(c => c.A, StringComparer.Ordinal)
        .ThenBy(c => c.B, StringComparer.Ordinal)
        .ToList();

    private static List<TopIssue> TopIssues(IReadOnlyList<Conflict> conflicts)
    {
        var top = new List<TopIssue>();
        var usedPairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var conflict in conflicts.Where(c => c.Severity >= Diagnostics.Severity.Warning).OrderByDescending(c => c.Weight).ThenBy(c => c.RuleId, StringComparer.Ordinal))
        {
            var pair = string.Join("+", conflict.Units.Take(2).Order(StringComparer.Ordinal));
            if (top.Count == 3 || !usedPairs.Add($"{conflict.Type}|{pair}"))
            {
                continue;
            }

            top.Add(new TopIssue(top.Count + 1, conflict, Conversation(conflict)));
        }

        return top;
    }

    private static string Conversation(Conflict conflict)
    {
        var units = string.Join(" and ", conflict.Units.Distinct(StringComparer.Ordinal).Take(4));
        return conflict.Type switch
        {
            ConflictType.MetricTension => $"{units}: which of {conflict.A} and {conflict.B} wins when they collide, and the guardrail both will live with.",
            ConflictType.MetricDefinition => $"{units}: one definition of the metric before anyone reports progress on it.",
            ConflictType.OverAsked => $"{units}: which asks of {conflict.A} get done this quarter, ranked by the KRs they serve.",
            ConflictType.IncompatibleDates => $"{units}: the order in which {conflict.B} delivers, and the new date of the later ask.",
            ConflictType.UnagreedDependency => $"{units}: whether {conflict.B ?? conflict.A} is still achievable without the work, or who decides to fund it.",
            ConflictType.UnownedCompanyKr => $"The owner of {conflict.A} and {conflict.B ?? "the best-fitting unit"}: who owns it, or whether it stays a company KR.",
            _ => $"{units}: {conflict.Suggestion}",
        };
    }
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Quality.Rules;

/// <summary>Builds findings for key results and objectives with the rule's default severity.</summary>
internal static class Findings
{
    public static Finding For(RuleDescriptor rule, KeyResult keyResult, string message, string evidence, string fix, Severity? severity = null) =>
        new(rule.Id, severity ?? rule.Severity, keyResult.Ref, message, evidence, fix, keyResult.Origin);

    public static Finding For(RuleDescriptor rule, Objective objective, string message, string evidence, string fix, Severity? severity = null) =>
        new(rule.Id, severity ?? rule.Severity, objective.Ref, message, evidence, fix, objective.Origin);
}

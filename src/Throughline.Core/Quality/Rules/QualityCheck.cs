using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Quality.Rules;

/// <summary>Runs every quality rule over one cycle's objectives and key results.</summary>
public static class QualityCheck
{
    /// <summary>
    /// The findings of every rule in <see cref="QualityRules.Catalogue"/> for <paramref name="cycle"/> (the workspace's
    /// current cycle when null), using <paramref name="knowledge"/> extended with the workspace's metric catalogue.
    /// Errors come first, then warnings and infos; within a severity, findings are ordered by target and rule.
    /// </summary>
    public static IReadOnlyList<Finding> Run(OkrWorkspace workspace, KnowledgeBase knowledge, string? cycle = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(knowledge);
        return Run(RuleContext.Create(workspace, knowledge, cycle));
    }

    /// <summary>The findings of every rule for the context's cycle, ordered as <see cref="Run(OkrWorkspace, KnowledgeBase, string?)"/> orders them.</summary>
    /// <remarks>The rules run concurrently; the order of the result does not depend on which finishes first.</remarks>
    internal static IReadOnlyList<Finding> Run(RuleContext context) =>
        [
            .. QualityRules.All.AsParallel().AsOrdered().SelectMany(r => r.Check(context)).ToList()
                .OrderByDescending(f => f.Severity)
                .ThenBy(f => f.Target.ToString(), StringComparer.Ordinal)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal),
        ];
}

using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>UN001: a unit carrying more objectives in one cycle than the workspace allows.</summary>
internal sealed class TooManyObjectivesRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "UN001",
        Severity.Warning,
        "Too many objectives for one unit",
        "When everything is a priority nothing is: more than about three objectives splits a team's attention and most end half done.",
        "Drop or merge the lowest-priority objectives; keep the rest as business-as-usual work or KPIs.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var max = context.Workspace.Settings.MaxObjectivesPerUnit;
        foreach (var unit in context.Objectives.Where(o => o.Owner is not null).GroupBy(o => o.Owner!, StringComparer.Ordinal))
        {
            var objectives = unit.OrderBy(o => o.Order).ThenBy(o => o.Ref.ToString(), StringComparer.Ordinal).ToList();
            if (objectives.Count <= max)
            {
                continue;
            }

            var last = objectives[^1];
            yield return Findings.For(
                Descriptor,
                last,
                $"Unit '{unit.Key}' has {objectives.Count} objectives this cycle; the workspace allows {max}.",
                string.Join(", ", objectives.Select(o => o.Ref.LocalId)),
                $"Drop or merge {string.Join(", ", objectives.Skip(max).Select(o => o.Ref.ToString()))} (the lowest priority), e.g. {last.Ref} {OkrText.Quote(last.Title)}.");
        }
    }
}

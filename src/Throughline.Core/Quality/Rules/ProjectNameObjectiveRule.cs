using System.Text.RegularExpressions;
using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>OB001: an objective titled as a project or feature ("Build X", "Launch Y", "Migrate Z").</summary>
internal sealed partial class ProjectNameObjectiveRule : IQualityRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "OB001",
        Severity.Warning,
        "Objective is a project or feature name",
        "An objective named after a project is met by shipping it; it says nothing about who benefits or why, so teams stop asking whether the work helps.",
        "Name the outcome the project is for: who is better off and how, e.g. 'Enterprises analyse live data without extracts'.");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var objective in context.Objectives)
        {
            var match = ProjectVerb().Match(objective.Title.Trim());
            if (!match.Success)
            {
                continue;
            }

            yield return Findings.For(
                Descriptor,
                objective,
                $"{OkrText.Quote(objective.Title)} is a project name, not an outcome: it starts with '{match.Value}'.",
                $"title starts with the delivery verb '{match.Value}'",
                "Rewrite it as the change the project should cause, for whom and so that what, and keep the project as an initiative under it.");
        }
    }

    [GeneratedRegex(@"^(build|implement|launch|migrate|ship|deliver|develop|create|release|deploy|integrate|roll out|rollout|complete|finish|rebuild|redesign|rewrite)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectVerb();
}

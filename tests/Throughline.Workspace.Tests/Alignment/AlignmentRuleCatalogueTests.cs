using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;

namespace Throughline.Workspace.Tests.Alignment;

/// <summary>docs/rules.md documents every alignment and conflict rule the analyses can report, with its severity.</summary>
public sealed class AlignmentRuleCatalogueTests
{
    [Fact]
    public void RulesDoc_ListsEveryAlignmentAndConflictRule()
    {
        var doc = File.ReadAllLines(Path.Join(RepoPaths.Root, "docs", "rules.md"));

        foreach (var rule in AlignmentRules.All.Concat(ConflictRules.All))
        {
            var row = doc.SingleOrDefault(l => l.StartsWith($"| {rule.Id} |", StringComparison.Ordinal));
            Assert.True(row is not null, $"{rule.Id} is not in docs/rules.md");
            Assert.Contains(rule.Severity.ToString().ToLowerInvariant(), row, StringComparison.Ordinal);
            Assert.Contains(rule.Title, row, StringComparison.Ordinal);
        }
    }
}

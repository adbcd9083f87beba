using System.Reflection;
using Throughline.Core.Roadmap;

namespace Throughline.Core.Tests.Roadmap;

public sealed class RoadmapRulesTests
{
    [Fact]
    public void All_EveryRuleIsDocumentedInRulesMdWithItsSeverity()
    {
        var root = typeof(RoadmapRulesTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        var rows = File.ReadAllLines(Path.Join(root, "docs", "rules.md")).Where(l => l.StartsWith("| RM", StringComparison.Ordinal)).ToList();

        Assert.Equal(RoadmapRules.All.Select(r => r.Id), rows.Select(r => r.Split('|')[1].Trim()));
        foreach (var (rule, row) in RoadmapRules.All.Zip(rows))
        {
            Assert.StartsWith(rule.Severity.ToString().ToLowerInvariant(), row.Split('|')[2].Trim(), StringComparison.Ordinal);
            Assert.Equal(rule.Title, row.Split('|')[3].Trim());
        }
    }
}

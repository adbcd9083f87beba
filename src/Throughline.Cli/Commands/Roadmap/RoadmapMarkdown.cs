using System.Text;
using Throughline.Core.Model;
using Throughline.Core.Roadmap;
using static Throughline.Cli.Commands.Roadmap.RoadmapFormat;

namespace Throughline.Cli.Commands.Roadmap;

/// <summary>The roadmap audit as a Markdown document: summary, the six answers as tables, then the findings.</summary>
internal static class RoadmapMarkdown
{
    public static string Render(OkrWorkspace workspace, RoadmapReport report)
    {
        var md = new StringBuilder();
        var effort = report.Initiatives.Sum(i => i.Effort ?? 0);
        md.Append($"# Roadmap audit: {Cell(workspace.Organisation)}, {report.Cycle}\n\n");
        md.Append($"{report.Initiatives.Count} initiatives, {Number(effort)} engineer-weeks. Linked to a key result: {report.Linked.Count()} initiatives ({Percent(report.LinkedInitiativeShare)}), {Percent(report.LinkedEffortShare)} of effort. ");
        md.Append($"{report.Findings.Count} findings (rules in docs/rules.md, Roadmap rules).\n\n");

        md.Append("## 1. Key results and the work behind them\n\n| KR | status | expected of gap | effort (ew) | initiatives |\n|---|---|---|---:|---|\n");
        foreach (var c in report.Coverage)
        {
            var work = c.Links.Count > 0 ? string.Join(", ", c.Links.Select(l => $"{l.Initiative} {(l.Expected is { } e ? Number(e, true) : "?")}"))
                : c.SupportedBy.Count > 0 ? "through " + string.Join(", ", c.SupportedBy) : "none";
            md.Append($"| {c.KeyResult.Ref} | {Status(c.Status)} | {Cell(Gap(c))} | {Number(c.Effort)} | {Cell(work)} |\n");
        }

        md.Append("\n## 2. Key results with no roadmap backing\n\n");
        List(md, report.Coverage.Where(c => c.Status == CoverageStatus.Unbacked).Select(c => $"`{c.KeyResult.Ref}` {c.KeyResult.Text}"));

        md.Append("\n## 3. Initiatives connected to no key result\n\n");
        List(md, report.Orphans.Select(o => $"`{o.Id}` {o.Title} ({o.Unit}, {(o.Effort is { } e ? Number(e) + " ew" : "no effort stated")})"));
        List(md, report.Suggestions.Select(s => $"suggestion: `{s.Initiative}` -> `{s.KeyResult}` (score {Number(s.Score)}): {s.Reason}"), quiet: true);

        md.Append("\n## 4. Effort against priority\n\n| objective | unit | order | priority share | effort (ew) | effort share |\n|---|---|---:|---:|---:|---:|\n");
        foreach (var a in report.Allocations.Where(a => a.Effort > 0))
        {
            md.Append($"| {a.Objective.Ref} | {a.Unit} | {a.Objective.Order} | {Percent(a.ImportanceShare)} | {Number(a.Effort)} | {Percent(a.EffortShare)} |\n");
        }

        md.Append("\n## 5. The cut\n\n");
        if (report.Cut is { } cut)
        {
            md.Append($"Cut {Percent(cut.Share)} of {Number(cut.OpenEffort)} ew open effort (keep at most {Number(cut.Budget)} ew): {Number(cut.CutEffort)} ew cut, {Percent(cut.ValueKeptShare)} of KR value kept, {(cut.Optimal ? "proven optimal" : "best found within the search budget")}.\n\n| cut | effort (ew) | why |\n|---|---:|---|\n");
            foreach (var d in cut.Cuts)
            {
                md.Append($"| `{d.Initiative.Id}` {Cell(d.Initiative.Title)} | {Number(d.Initiative.Effort ?? 0)} | {Cell(d.Reason)} |\n");
            }
        }
        else
        {
            md.Append("Not requested (`--cut 30%`).\n");
        }

        md.Append("\n## 6. Missing work\n\n");
        List(md, report.MissingWork.Select(m => $"`{m.KeyResult}`: {(m.Shortfall is { } s ? Number(s) + " of the gap open" : "no work")}" +
            (m.Drivers.Count > 0 ? $"; work that moves {string.Join(" or ", m.Drivers)} would move {m.Metric}" : string.Empty) +
            (m.Owners.Count > 0 ? $"; natural owner: {string.Join(", ", m.Owners)}" : string.Empty)));

        md.Append("\n## Findings\n\n| rule | severity | target | finding | evidence | fix |\n|---|---|---|---|---|---|\n");
        foreach (var f in report.Findings)
        {
            md.Append($"| {f.RuleId} | {f.Severity.ToString().ToLowerInvariant()} | `{f.Target}` | {Cell(f.Message)} | {Cell(f.Evidence)} | {Cell(f.Fix)} |\n");
        }

        return md.ToString();
    }

    private static void List(StringBuilder md, IEnumerable<string> items, bool quiet = false)
    {
        var any = false;
        foreach (var item in items)
        {
            any = true;
            md.Append("- ").Append(item.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
        }

        if (!any && !quiet)
        {
            md.Append("None.\n");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

using System.Collections;
using System.Diagnostics;
using System.Reflection;
using Throughline.Core.Knowledge;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rules;
using Throughline.Workspace.Loading;

namespace Throughline.Benchmarks;

/// <summary>
/// A quick diagnostic, not a benchmark: one Stopwatch per step and per quality rule. The rules are internal to Core, so
/// they are reached by reflection; that is fine for a profiler and keeps Core free of test hooks.
/// </summary>
internal static class RuleProfiler
{
    public static void Run(OrganisationSpec spec)
    {
        var clock = Stopwatch.StartNew();
        var workspace = OrganisationGenerator.Generate(spec);
        Report("generate", clock, $"{workspace.Units.Count} units, {workspace.Objectives.Count} objectives, {workspace.KeyResults.Count()} KRs, {workspace.MetricHistory.Count} history rows");

        var knowledge = KnowledgeBase.BuiltIn;
        Report("knowledge base (embedded)", clock, $"{knowledge.Metrics.Count} metrics");

        for (var run = 1; run <= 2; run++)
        {
            var findings = QualityCheck.Run(workspace, knowledge, OrganisationGenerator.CurrentCycle);
            Report($"QualityCheck.Run #{run}", clock, $"{findings.Count} findings");
        }

        for (var run = 1; run <= 2; run++)
        {
            var report = QualityReview.Run(workspace, knowledge, OrganisationGenerator.CurrentCycle);
            Report($"QualityReview.Run #{run}", clock, $"{report.Findings.Count} findings, {report.Objectives.Count} objectives reviewed");
        }

        var texts = workspace.KeyResults.Select(k => k.Text).ToList();
        var metrics = workspace.KeyResults.Select(k => k.Metric).OfType<string>().ToList();
        var matched = texts.Count(t => knowledge.Match(t) is not null) + metrics.Count(m => knowledge.Match(m) is not null);
        Report("KnowledgeBase.Match (texts + metrics)", clock, $"{texts.Count + metrics.Count} calls, {matched} matched");
        var parse = Throughline.Core.Parsing.KrParseContext.ForCycle(new DateOnly(2026, 10, 5), new DateOnly(2027, 1, 3));
        var parsed = texts.Count(t => Throughline.Core.Parsing.KeyResultTextParser.Parse(t, parse).Target is not null);
        Report("KeyResultTextParser.Parse (texts)", clock, $"{texts.Count} calls, {parsed} with a target");

        var core = typeof(QualityCheck).Assembly;
        var context = core.GetType("Throughline.Core.Quality.Rules.RuleContext", throwOnError: true)!
            .GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, [workspace, knowledge, OrganisationGenerator.CurrentCycle]);
        Report("RuleContext.Create", clock, "");
        var rules = (IEnumerable)typeof(QualityRules).GetProperty("All", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        foreach (var rule in rules)
        {
            var check = rule.GetType().GetMethod("Check")!;
            var count = ((IEnumerable)check.Invoke(rule, [context])!).Cast<object>().Count();
            Report("  " + rule.GetType().Name, clock, $"{count} findings");
        }

        var folder = Path.Join(Path.GetTempPath(), "throughline-profile-" + Environment.ProcessId);
        OrganisationGenerator.Write(workspace, folder);
        Report("render + write", clock, folder);
        _ = WorkspaceLoader.Load(folder);
        Report("WorkspaceLoader.Load (first)", clock, "");
        var loaded = WorkspaceLoader.Load(folder);
        Report("WorkspaceLoader.Load", clock, $"{loaded.Diagnostics.Count} diagnostics, errors: {loaded.HasErrors}");
        foreach (var group in loaded.Diagnostics.GroupBy(d => (d.Severity, d.Code)).OrderByDescending(g => g.Count()).Take(8))
        {
            Console.WriteLine($"    {group.Key.Severity} {group.Key.Code}: {group.Count()}  e.g. {group.First().Message}");
        }

        var reloaded = QualityCheck.Run(loaded.Workspace!, knowledge, OrganisationGenerator.CurrentCycle);
        Report("QualityCheck.Run (loaded workspace)", clock, $"{reloaded.Count} findings");
        foreach (var group in reloaded.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"    {group.Key}: {group.Count()}");
        }

        Directory.Delete(folder, recursive: true);
    }

    private static void Report(string step, Stopwatch clock, string detail)
    {
        Console.WriteLine($"{step,-40} {clock.Elapsed.TotalMilliseconds,9:F0} ms  {detail}");
        clock.Restart();
    }
}

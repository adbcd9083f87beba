using System.Globalization;
using System.Reflection;
using Throughline.Core.Conflicts;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Parsing;
using Xunit.Abstractions;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Conflicts;

/// <summary>
/// Metric tensions on organisations the rule was not tuned on (<c>Data/tensions-blind*.tsv</c>): units with their
/// departments, company and team OKRs with their links, and every pair of team KRs that trades off labelled by hand
/// ("yes"; arguable pairs "maybe", left out of both figures) before the analysis ran. Any pair not labelled is claimed to
/// be no tension. The issue's bar is 85% recall and 70% precision; the floors below guard measured figures, and the
/// first measurement of each batch is recorded in its header. First measurements (recall / precision): batch 1, with
/// knowledge-base metric pairs only, 0%; after lever tensions: batch 2 26% / 33%, batch 3 5% / 12%, batch 4 5% / 9%,
/// batch 5 18% / 30%; after head nouns and MeetingPlaces, batch 6 6% / 17%, batch 7 0% / 0%, batch 8 0% / 0%;
/// batch 9 18% / 20%, batch 10 20% / 33%; after levers read from a KR's shape, batch 11 21% / 15%; after the
/// friction lever and organisation-wide meetings, batch 12 7% / 9%; after the metric matcher stopped reading verbs
/// and populations as metrics, batches 13 and 14 0% / 0% and 8% / 8%. On all fourteen: 56 of 270 (21%), 56 of 250
/// (22%); on the fresh batches 13 and 14 alone, 2 of 43 and 2 of 43.
/// Only 3% of cross-team pairs in these organisations are labelled tensions, and a shared word marks 38% of them but
/// only 5% of the pairs that share one. The
/// levers, tuned on batches 1-5, reach 5-62% recall and 9-42% precision there and do not carry to fresh text: far short
/// of the bar. Set THROUGHLINE_TENSION_READINGS=1 to print the lever each team KR was read as.
/// </summary>
public sealed class TensionAccuracyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("tensions-blind-1.tsv", 0.6, 0.35)]
    [InlineData("tensions-blind-2.tsv", 0.5, 0.3)]
    [InlineData("tensions-blind-3.tsv", 0.2, 0.2)]
    [InlineData("tensions-blind-4.tsv", 0.05, 0.05)]
    [InlineData("tensions-blind-5.tsv", 0.2, 0.4)]
    [InlineData("tensions-blind-6.tsv", 0.15, 0.3)]
    [InlineData("tensions-blind-7.tsv", 0.05, 0.1)]
    [InlineData("tensions-blind-8.tsv", 0.05, 0.05)]
    [InlineData("tensions-blind-9.tsv", 0.25, 0.2)]
    [InlineData("tensions-blind-10.tsv", 0.1, 0.2)]
    [InlineData("tensions-blind-11.tsv", 0.2, 0.15)]
    [InlineData("tensions-blind-12.tsv", 0.05, 0.05)]
    [InlineData("tensions-blind-13.tsv", 0, 0)]
    [InlineData("tensions-blind-14.tsv", 0.05, 0.05)]
    public void MetricTensions_AreFoundWithTheirLabels(string file, double recallFloor, double precisionFloor)
    {
        var rows = File.ReadAllLines(Path.Join(RepoRoot(), "tests", "Throughline.Core.Tests", "Conflicts", "Data", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        var (labelled, found, truePositives) = (0, 0, 0);
        var missed = new List<string>();
        var wrong = new List<string>();
        foreach (var org in rows.GroupBy(r => r[1]))
        {
            var workspace = Organisation(org.Key, [.. org]);
            var yes = org.Where(r => r[0] == "tension" && r[4] == "yes").ToDictionary(r => Pair(r[2], r[3]), r => r[5]);
            var maybe = org.Where(r => r[0] == "tension" && r[4] == "maybe").Select(r => Pair(r[2], r[3])).ToHashSet();
            var reported = ConflictAnalysis.Run(workspace, KnowledgeBase.BuiltIn).Conflicts
                .Where(c => c.Type == ConflictType.MetricTension)
                .Where(c => c.B is not null)
                .GroupBy(c => Pair(c.A, c.B!))
                .ToDictionary(g => g.Key, g => g.First());
            labelled += yes.Count;
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("THROUGHLINE_TENSION_READINGS")))
            {
                var reader = new LeverReader(KnowledgeBase.BuiltIn);
                foreach (var objective in workspace.Objectives.Where(o => o.Level != ObjectiveLevel.Company))
                {
                    foreach (var kr in objective.KeyResults)
                    {
                        var reading = reader.Read(kr);
                        output.WriteLine($"  {kr.Ref} [{kr.Metric}] {kr.Direction} {kr.MeasureUnit} => {reading?.Lever.Id} ({reading?.Cue}) subject {string.Join(",", reading?.Subject ?? [])} supports {string.Join(",", objective.Supports.Select(l => l.Target))} parent {workspace.Units.FirstOrDefault(u => u.Id == objective.Ref.Scope)?.Parent}");
                    }
                }
            }

            foreach (var (pair, why) in yes)
            {
                if (reported.ContainsKey(pair))
                {
                    truePositives++;
                }
                else
                {
                    missed.Add($"{org.Key}: {pair} ({why})");
                }
            }

            foreach (var (pair, conflict) in reported.Where(r => !maybe.Contains(r.Key)))
            {
                found++;
                if (!yes.ContainsKey(pair))
                {
                    wrong.Add($"{org.Key}: {pair}: {conflict.Rationale}");
                }
            }
        }

        var recall = labelled == 0 ? 0 : (double)truePositives / labelled;
        var precision = found == 0 ? 0 : (double)truePositives / found;
        var report = string.Create(CultureInfo.InvariantCulture, $"recall {truePositives}/{labelled} = {recall:P0}; precision {truePositives}/{found} = {precision:P0}\nmissed:\n  {string.Join("\n  ", missed)}\nnot labelled:\n  {string.Join("\n  ", wrong)}");
        output.WriteLine(report);
        Assert.True(labelled >= 15, report);
        Assert.True(recall >= recallFloor, report);
        Assert.True(precision >= precisionFloor, report);
    }

    private static OkrWorkspace Organisation(string org, IReadOnlyList<string[]> rows)
    {
        var units = new List<OrgUnit> { new() { Id = org, Name = org, Kind = UnitKind.Company } };
        units.AddRange(rows.Where(r => r[0] == "unit").Select(r => new OrgUnit { Id = r[2], Name = r[2], Parent = r[3], Kind = Kind(r[4]) }));
        var context = KrParseContext.ForCycle(new DateOnly(2026, 10, 5), new DateOnly(2027, 1, 3));
        var company = rows.Where(r => r[0] == "company")
            .GroupBy(r => (Id: r[2], Title: r[3]))
            .Select(g => Obj(org, g.Key.Id, g.Key.Title, [.. g.Select(r => Parsed(Kr(org, g.Key.Id, r[4], r[5]), context))]) with { Level = ObjectiveLevel.Company });
        var teams = rows.Where(r => r[0] == "team")
            .GroupBy(r => (Unit: r[2], Id: r[3], Title: r[4], Supports: r[7]))
            .Select(g => Obj(g.Key.Unit, g.Key.Id, g.Key.Title, [.. g.Select(r => Parsed(Kr(g.Key.Unit, g.Key.Id, r[5], r[6]), context))]) with
            {
                Supports = g.Key.Supports == "-" ? [] : [new ParentLink { Target = OkrRef.TryParse($"{org}/{g.Key.Supports}", out var target) ? target : throw new InvalidDataException(g.Key.Supports) }],
            });
        return Workspace([.. company, .. teams]) with { Units = units, Organisation = org };
    }

    private static KeyResult Parsed(KeyResult keyResult, KrParseContext context)
    {
        var parsed = KeyResultTextParser.Parse(keyResult.Text, context);
        return keyResult with
        {
            Metric = parsed.Metric,
            Direction = parsed.Direction,
            Baseline = parsed.Baseline,
            Target = parsed.Target,
            Change = parsed.Target is null ? parsed.Change : null,
            MeasureUnit = parsed.Unit,
            Bound = parsed.Bound,
        };
    }

    private static UnitKind Kind(string kind) => kind switch
    {
        "department" => UnitKind.Department,
        "product" => UnitKind.ProductTeam,
        "platform" => UnitKind.PlatformTeam,
        "support" => UnitKind.SupportFunction,
        "gtm" => UnitKind.GoToMarket,
        _ => throw new InvalidDataException($"unknown unit kind '{kind}'"),
    };

    private static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a} ~ {b}" : $"{b} ~ {a}";

    private static string RepoRoot() =>
        typeof(TensionAccuracyTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
}

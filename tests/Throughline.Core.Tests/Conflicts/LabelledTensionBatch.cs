using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Labelled;

/// <summary>
/// A batch of hand-labelled organisations for measuring metric-tension detection (<c>tensions-blind*.tsv</c>): unit
/// rows, company and team OKRs with their links, and the pairs of team KRs that trade off, labelled "yes" or "maybe"
/// (arguable, left out of both figures). Any pair not labelled is claimed to be no tension. Shared by the accuracy
/// tests and the benchmark project's <c>--tension-accuracy</c>, which can also measure an LLM judge.
/// </summary>
internal sealed record LabelledTensionBatch(IReadOnlyList<LabelledOrganisation> Organisations)
{
    private static readonly KrParseContext Cycle = KrParseContext.ForCycle(new DateOnly(2026, 10, 5), new DateOnly(2027, 1, 3));

    /// <summary>Reads a batch from its lines (comments and blank lines skipped).</summary>
    public static LabelledTensionBatch Parse(IEnumerable<string> lines)
    {
        var rows = lines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        return new([.. rows.GroupBy(r => r[1]).Select(g => Organisation(g.Key, [.. g]))]);
    }

    /// <summary>An order-free key for a pair of KR references.</summary>
    public static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a} ~ {b}" : $"{b} ~ {a}";

    /// <summary>Scores reported pairs against the labels: (true positives, labelled "yes", reported and not "maybe").</summary>
    public static (int TruePositives, int Labelled, int Found) Score(LabelledOrganisation organisation, IEnumerable<string> reportedPairs)
    {
        var reported = reportedPairs.ToHashSet(StringComparer.Ordinal);
        var truePositives = organisation.Yes.Keys.Count(reported.Contains);
        var found = reported.Count(p => !organisation.Maybe.Contains(p));
        return (truePositives, organisation.Yes.Count, found);
    }

    private static LabelledOrganisation Organisation(string org, IReadOnlyList<string[]> rows)
    {
        var units = new List<OrgUnit> { new() { Id = org, Name = org, Kind = UnitKind.Company } };
        units.AddRange(rows.Where(r => r[0] == "unit").Select(r => new OrgUnit { Id = r[2], Name = r[2], Parent = r[3], Kind = Kind(r[4]) }));
        var company = rows.Where(r => r[0] == "company")
            .GroupBy(r => (Id: r[2], Title: r[3]))
            .Select(g => Objective(org, g.Key.Id, g.Key.Title, [.. g.Select(r => KeyResult(org, g.Key.Id, r[4], r[5]))]) with { Level = ObjectiveLevel.Company });
        var teams = rows.Where(r => r[0] == "team")
            .GroupBy(r => (Unit: r[2], Id: r[3], Title: r[4], Supports: r[7]))
            .Select(g => Objective(g.Key.Unit, g.Key.Id, g.Key.Title, [.. g.Select(r => KeyResult(g.Key.Unit, g.Key.Id, r[5], r[6]))]) with
            {
                Supports = g.Key.Supports == "-" ? [] : [new ParentLink { Target = OkrRef.TryParse($"{org}/{g.Key.Supports}", out var target) ? target : throw new InvalidDataException(g.Key.Supports) }],
            });
        var workspace = new OkrWorkspace
        {
            Organisation = org,
            CurrentCycle = "2026-Q4",
            Cycles = [new Cycle { Id = "2026-Q4", Start = new DateOnly(2026, 10, 5), End = new DateOnly(2027, 1, 3) }],
            Objectives = [.. company, .. teams],
            Units = units,
        };
        var tensions = rows.Where(r => r[0] == "tension").ToList();
        return new LabelledOrganisation(
            org,
            workspace,
            tensions.Where(r => r[4] == "yes").GroupBy(r => Pair(r[2], r[3])).ToDictionary(g => g.Key, g => g.First()[5], StringComparer.Ordinal),
            tensions.Where(r => r[4] == "maybe").Select(r => Pair(r[2], r[3])).ToHashSet(StringComparer.Ordinal));
    }

    private static Objective Objective(string unit, string id, string title, IReadOnlyList<KeyResult> keyResults) => new()
    {
        Ref = OkrRef.ForObjective(unit, id),
        Title = title,
        Cycle = "2026-Q4",
        Owner = unit,
        KeyResults = keyResults,
    };

    private static KeyResult KeyResult(string unit, string objective, string id, string text)
    {
        var parsed = KeyResultTextParser.Parse(text, Cycle);
        return new KeyResult
        {
            Ref = OkrRef.ForKeyResult(unit, objective, id),
            Text = text,
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
}

/// <summary>One labelled organisation.</summary>
/// <param name="Name">Its slug.</param>
/// <param name="Workspace">Its units and OKRs for one cycle.</param>
/// <param name="Yes">The pairs labelled as tensions, with the writer's mechanism.</param>
/// <param name="Maybe">The pairs labelled arguable.</param>
internal sealed record LabelledOrganisation(string Name, OkrWorkspace Workspace, IReadOnlyDictionary<string, string> Yes, IReadOnlySet<string> Maybe);

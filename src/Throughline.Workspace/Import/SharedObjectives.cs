using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>
/// One objective listed under several units ("Enterprise buyers clear procurement without stalling" on a Sales row and
/// a Finance row of a sheet) is one shared objective: the units contribute to it, and each key result says which unit
/// it came from. A title that is also a company objective of the document is a copy of the parent, not a shared
/// objective, and is left alone (the quality rules report it).
/// </summary>
internal static class SharedObjectives
{
    /// <summary><paramref name="objectives"/> with each objective listed under several units merged into one shared objective, in the place of its first listing.</summary>
    public static List<Objective> Merge(IReadOnlyList<Objective> objectives, IReadOnlyCollection<string> unitIds, DiagnosticBag diagnostics)
    {
        var companyTitles = objectives.Where(o => o.Level == ObjectiveLevel.Company).Select(o => Key(o.Title)).ToHashSet(StringComparer.Ordinal);
        var groups = objectives
            .Where(o => o.Level == ObjectiveLevel.Team && !companyTitles.Contains(Key(o.Title)))
            .GroupBy(o => (Key(o.Title), o.Cycle))
            .Where(g => g.Select(o => o.Owner).Distinct(StringComparer.Ordinal).Count() > 1)
            .ToList();
        if (groups.Count == 0)
        {
            return [.. objectives];
        }

        var taken = new HashSet<string>(unitIds, StringComparer.Ordinal);
        var replaced = new Dictionary<Objective, Objective?>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups)
        {
            var listings = group.ToList();
            var shared = Shared(listings, Scope(listings[0].Title, taken));
            replaced[listings[0]] = shared;
            foreach (var later in listings.Skip(1))
            {
                replaced[later] = null;
            }

            var units = string.Join(" and ", listings.Select(o => o.Owner).Distinct(StringComparer.Ordinal));
            diagnostics.Info(
                ImportCodes.SharedObjective,
                listings[0].Origin,
                $"the objective '{RowImporter.Preview(listings[0].Title)}' is listed under {units}: imported as one shared objective {shared.Ref} with them as contributors, each key result naming the unit it came from",
                "write each unit's contribution under 'contributors', or give the units' objectives titles of their own if they are not one objective");
        }

        return [.. objectives.Select(o => replaced.TryGetValue(o, out var merged) ? merged : o).OfType<Objective>()];
    }

    private static Objective Shared(List<Objective> listings, string scope)
    {
        var first = listings[0];
        var id = first.Ref.LocalId.Split('-')[0];
        var keyResults = listings
            .SelectMany(o => o.KeyResults.Select(k => (Unit: o.Owner!, KeyResult: k)))
            .Select((k, i) => k.KeyResult with
            {
                Ref = OkrRef.ForKeyResult(scope, id, $"KR{i + 1}"),
                Contributors = k.KeyResult.Contributors.Contains(k.Unit) ? k.KeyResult.Contributors : [k.Unit, .. k.KeyResult.Contributors],
            })
            .ToList();
        return first with
        {
            Ref = OkrRef.ForObjective(scope, id),
            Level = ObjectiveLevel.Shared,
            Owner = null,
            OwnerPerson = listings.Select(o => o.OwnerPerson).FirstOrDefault(p => p is not null),
            Why = listings.Select(o => o.Why).FirstOrDefault(w => w is not null),
            Contributors = [.. listings.Select(o => o.Owner!).Distinct(StringComparer.Ordinal).Select(u => new UnitContribution { Unit = u, Origin = listings.First(o => o.Owner == u).Origin })],
            Supports = listings.SelectMany(o => o.Supports).GroupBy(l => l.Target).Select(g => g.First()).ToList(),
            KeyResults = keyResults,
            Order = 1,
        };
    }

    /// <summary>A scope for the shared objective from the first words of its title, unlike any unit's or other scope's.</summary>
    private static string Scope(string title, HashSet<string> taken)
    {
        var words = UnitNames.Slug(title).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(3);
        var stem = string.Join('-', words);
        var scope = OkrRef.IsValidScope(stem) && stem.Length > 0 ? stem : "shared";
        var candidate = scope;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{scope}-{n}";
        }

        return candidate;
    }

    private static string Key(string title) => string.Join(' ', title.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
}

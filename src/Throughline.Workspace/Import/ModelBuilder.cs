using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>
/// Turns what a reader found into the model: units, objectives scoped to them, ids kept when the document gave
/// valid unique ones and assigned in order otherwise, key result fields read from the text.
/// </summary>
internal static class ModelBuilder
{
    public static ImportResult Build(DraftDocument document, ImportOptions options)
    {
        var diagnostics = document.Diagnostics;
        var defaultId = options.DefaultUnit is { } unit ? (OkrRef.IsValidScope(unit) ? unit : UnitNames.Slug(unit)) : UnitNames.CompanyId;
        var drafts = document.Units.ToList();
        var unscoped = document.Objectives.Where(o => o.UnitId is null).ToList();
        if (unscoped.Count > 0 && drafts.TrueForAll(u => u.Id != defaultId))
        {
            var name = options.DefaultUnit is { } given ? Humanize(given) : "Company";
            drafts.Insert(0, new DraftUnit(defaultId, name, defaultId == UnitNames.CompanyId ? UnitKind.Company : UnitNames.KindOf(name) ?? UnitKind.ProductTeam, unscoped[0].Origin));
        }

        if (unscoped.Count > 0 && options.DefaultUnit is null)
        {
            diagnostics.Info(ImportCodes.DefaultScope, unscoped[0].Origin, $"{Count(unscoped.Count, "objective")} name{(unscoped.Count == 1 ? "s" : "")} no team and {(unscoped.Count == 1 ? "was" : "were")} given to the unit '{defaultId}'", "pass the unit to import into, or put a team heading such as '## Team: Growth' above them");
        }

        var company = drafts.Find(u => u.Kind == UnitKind.Company);
        var kinds = drafts.ToDictionary(u => u.Id, u => u.Kind, StringComparer.Ordinal);
        var built = new Dictionary<DraftObjective, Objective>();
        foreach (var draftUnit in drafts)
        {
            var objectives = document.Objectives.Where(o => (o.UnitId ?? defaultId) == draftUnit.Id).ToList();
            var ids = Ids(objectives.Select(o => o.GivenId).ToList(), "O", draftUnit.Id, objectives.Select(o => o.Origin).ToList(), diagnostics);
            for (var i = 0; i < objectives.Count; i++)
            {
                built[objectives[i]] = Objective(objectives[i], draftUnit.Id, ids[i], i + 1, kinds[draftUnit.Id], options, diagnostics);
            }
        }

        var parents = drafts.Select(u => Parent(u, company)).Where(p => p is not null).ToHashSet(StringComparer.Ordinal);
        foreach (var empty in drafts.Where(u => !parents.Contains(u.Id) && !built.Values.Any(o => o.Owner == u.Id)))
        {
            diagnostics.Info(ImportCodes.NoKeyResults, empty.Origin, $"the unit '{empty.Name}' has no objectives", "write its objectives under it, or delete the heading");
        }

        var units = drafts.Select(u => new OrgUnit { Id = u.Id, Name = u.Name, Kind = u.Kind, Parent = Parent(u, company), Lead = u.Lead, Origin = u.Origin }).ToList();
        foreach (var (draft, objective) in built.Where(b => b.Key.Supports is not null && built.ContainsKey(b.Key.Supports)).ToList())
        {
            built[draft] = objective with { Supports = [new ParentLink { Target = built[draft.Supports!].Ref, Origin = draft.Origin }] };
        }

        var ordered = SharedObjectives.Merge([.. document.Objectives.Select(o => built[o])], [.. units.Select(u => u.Id)], diagnostics);
        return new ImportResult(units, ordered, diagnostics.Sorted());
    }

    private static Objective Objective(DraftObjective draft, string unitId, string id, int order, UnitKind kind, ImportOptions options, DiagnosticBag diagnostics)
    {
        var reference = OkrRef.ForObjective(unitId, id);
        if (draft.KeyResults.Count == 0)
        {
            diagnostics.Info(ImportCodes.NoKeyResults, draft.Origin, $"the objective {reference} '{RowImporter.Preview(draft.Title)}' has no key results", "add two to five measurable key results under it");
        }

        var krIds = Ids(draft.KeyResults.Select(k => k.GivenId).ToList(), "KR", reference.ToString(), draft.KeyResults.Select(k => k.Origin).ToList(), diagnostics);
        var keyResults = draft.KeyResults
            .Select((kr, i) => KeyResultBuilder.Build(kr, OkrRef.ForKeyResult(unitId, id, krIds[i]), options.Context, diagnostics))
            .ToList();
        return new Objective
        {
            Ref = reference,
            Title = draft.Title,
            Cycle = options.Cycle,
            Why = draft.Why,
            Level = kind == UnitKind.Company ? ObjectiveLevel.Company : ObjectiveLevel.Team,
            Type = draft.Type ?? ObjectiveType.Impact,
            Owner = unitId,
            OwnerPerson = draft.OwnerPerson,
            Order = order,
            KeyResults = keyResults,
            Origin = draft.Origin,
        };
    }

    /// <summary>
    /// The ids the document gave when every one is given, valid and unique; otherwise <paramref name="prefix"/>1, 2, …
    /// in order, with an info diagnostic naming the ids that changed.
    /// </summary>
    private static List<string> Ids(List<string?> given, string prefix, string scope, List<SourceRef> origins, DiagnosticBag diagnostics)
    {
        if (given.TrueForAll(id => id is not null && OkrRef.IsValidId(id)) && given.Distinct(StringComparer.OrdinalIgnoreCase).Count() == given.Count)
        {
            return [.. given.Select(id => id!)];
        }

        var assigned = given.Select((_, i) => $"{prefix}{i + 1}").ToList();
        var changed = given.Select((id, i) => (Given: id, Assigned: assigned[i], Where: origins[i]))
            .Where(c => c.Given is not null && !string.Equals(c.Given, c.Assigned, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (changed.Count > 0)
        {
            diagnostics.Info(
                ImportCodes.Renumbered,
                changed[0].Where,
                $"{(prefix == "O" ? "objective" : "key result")} ids in {scope} were missing or repeated and were renumbered in order: {string.Join(", ", changed.Select(c => $"{c.Given} → {c.Assigned}"))}",
                "check references to the old ids; give every item a unique id to keep your own numbering");
        }

        return assigned;
    }

    private static string? Parent(DraftUnit unit, DraftUnit? company) =>
        unit.Parent ?? (company is not null && unit.Id != company.Id ? company.Id : null);

    /// <summary>A display name for a unit known only by its id: <c>customer-success</c> → <c>Customer success</c>.</summary>
    private static string Humanize(string id)
    {
        var words = id.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? id : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

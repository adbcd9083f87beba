using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using static Throughline.Core.Tests.Quality.Rules.RuleKit;

namespace Throughline.Core.Tests.Alignment;

/// <summary>Small organisations for the alignment and conflict tests: a company, a product department and its teams.</summary>
internal static class AlignKit
{
    public static KeyResult Metric(string unit, string objective, string id, string text, string metric, double baseline, double target, string source = "warehouse") =>
        Kr(unit, objective, id, text) with
        {
            Metric = metric,
            Baseline = baseline,
            Target = target,
            Direction = target >= baseline ? MetricDirection.Increase : MetricDirection.Decrease,
            Measurement = new Measurement(Source: source),
        };

    public static Objective Company(string id, string title, params KeyResult[] keyResults) =>
        Obj("acme", id, title, keyResults) with { Level = ObjectiveLevel.Company };

    public static Objective Team(string unit, string id, string title, string? supports, params KeyResult[] keyResults) =>
        Obj(unit, id, title, keyResults) with
        {
            Supports = supports is null ? [] : [new ParentLink { Target = OkrRef.TryParse(supports, out var r) ? r : throw new ArgumentException(supports), Contribution = $"{title} moves it." }],
        };

    public static IReadOnlyList<OrgUnit> Units(params (string Id, UnitKind Kind)[] teams) =>
    [
        new OrgUnit { Id = "acme", Name = "Acme", Kind = UnitKind.Company },
        new OrgUnit { Id = "product", Name = "Product", Kind = UnitKind.Department, Parent = "acme" },
        .. teams.Select(t => new OrgUnit { Id = t.Id, Name = t.Id, Kind = t.Kind, Parent = t.Kind is UnitKind.ProductTeam or UnitKind.PlatformTeam ? "product" : "acme" }),
    ];

    public static OkrWorkspace Org(IReadOnlyList<OrgUnit> units, params Objective[] objectives) => Workspace(objectives) with { Units = units };

    public static AlignmentReport Align(OkrWorkspace workspace) => AlignmentAnalysis.Run(workspace, KnowledgeBase.BuiltIn);

    public static ConflictReport FindConflicts(OkrWorkspace workspace) => ConflictAnalysis.Run(workspace, KnowledgeBase.BuiltIn);

    public static Dependency Ask(string id, string from, string on, string kr, string need, double weeks, string neededBy, bool agreed = true) => new()
    {
        Id = id,
        From = from,
        On = on,
        KeyResult = OkrRef.TryParse(kr, out var r) ? r : null,
        Need = need,
        EngineerWeeks = weeks,
        NeededBy = DateOnly.Parse(neededBy, System.Globalization.CultureInfo.InvariantCulture),
        Agreed = agreed,
    };
}

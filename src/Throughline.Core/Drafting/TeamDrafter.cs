using Throughline.Core.Alignment;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Drafting;

/// <summary>
/// The offline drafting engine (seed 000, prompt 1): decomposes each company objective's key results through the
/// knowledge base's driver relations into the metrics the unit can move (<see cref="LeverFinder"/>), and proposes one
/// team objective per company objective it has a line of sight to, with 2-3 calibrated outcome key results; reports
/// the company objectives no metric of the unit reaches and the contributions of other units it relies on. Pure and
/// deterministic: the same workspace gives the same draft.
/// </summary>
public static class TeamDrafter
{
    /// <summary>The largest number of key results per drafted objective (seed 000: 2-3).</summary>
    private const int MaxKeyResults = 3;

    /// <summary>Drafts <paramref name="unitId"/>'s objectives for <paramref name="cycle"/> (the current cycle when null).</summary>
    /// <exception cref="ArgumentException">The unit is not in the workspace.</exception>
    public static TeamDraft Draft(OkrWorkspace workspace, KnowledgeBase knowledge, string unitId, string? cycle = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(knowledge);
        var unit = workspace.FindUnit(unitId) ?? throw new ArgumentException($"unknown unit '{unitId}'", nameof(unitId));
        var context = RuleContext.Create(workspace, knowledge, cycle);
        var cycleId = context.Cycle?.Id ?? cycle ?? workspace.CurrentCycle;
        var levers = LeverFinder.Find(context, unit);
        var companies = context.Objectives.Where(o => o.Level == ObjectiveLevel.Company && o.Owner != unit.Id).OrderBy(o => o.Order).ToList();
        var links = Links(context, levers, companies);
        var plans = LinePlanner.Plan(companies, links, levers, workspace.Settings.MaxObjectivesPerUnit, MaxKeyResults);

        var notes = new List<string>
        {
            levers.Count == 0
                ? $"{unit.Id} lists no metrics and its area names none: nothing to decompose the company OKRs into"
                : $"metrics {unit.Id} can move: {string.Join("; ", levers.Select(l => $"{l.Metric.Name} ({l.Reason})"))}",
        };
        notes.AddRange(plans.Notes);

        var objectives = new List<DraftedObjective>();
        foreach (var plan in plans.Objectives)
        {
            var number = objectives.Count + 1;
            var keyResults = plan.Links.Select((link, i) => KeyResultDrafter.Draft(
                context, unit, OkrRef.ForKeyResult(unit.Id, $"O{number}", $"KR{i + 1}"), link)).ToList();
            var lead = plan.Links[0];
            var objective = new Objective
            {
                Ref = OkrRef.ForObjective(unit.Id, $"O{number}"),
                Title = ObjectiveWording.Title(unit, lead.Lever.Metric),
                Why = ObjectiveWording.Why(plan.Links.Select(l => l.Company!)),
                Cycle = cycleId,
                Level = unit.Kind == UnitKind.Department ? ObjectiveLevel.Department : ObjectiveLevel.Team,
                Owner = unit.Id,
                OwnerPerson = unit.Lead,
                Order = number,
                Supports = [.. plan.Links.Where(l => l.CompanyKr is not null).GroupBy(l => l.CompanyKr!.Ref).Select(g => new ParentLink
                {
                    Target = g.Key,
                    Contribution = string.Join("; ", g.Select(l => l.Relation == MetricRelation.Same ? $"{unit.Id} moves {l.Lever.Metric.Name} itself" : $"{l.Lever.Metric.Name} {MetricRelations.Describe(l.Relation)} {l.CompanyMetric!.Name}")),
                })],
                KeyResults = [.. keyResults.Select(k => k.KeyResult)],
            };
            objectives.Add(new DraftedObjective(objective, plan.Company.Ref, keyResults));
        }

        if (objectives.Count == 0 && companies.Count > 0 && levers.Where(l => l.Rank < LeverFinder.PaddingRank).Take(MaxKeyResults).ToList() is { Count: > 0 } own)
        {
            objectives.Add(HealthObjective(context, unit, cycleId, own));
            notes.Add($"{unit.Id} reaches no company objective: proposed a health objective on its own metrics, to keep while the scope question below is settled");
        }

        var unreached = companies.Where(c => !links.Any(l => l.Company == c)).Select(c => NoSight(context, unit, c, levers)).ToList();
        var drafted = objectives.SelectMany(o => o.KeyResults).Select(k => k.KeyResult.Metric!).ToHashSet(StringComparer.Ordinal);
        var dependencies = objectives.SelectMany(o => o.KeyResults).SelectMany(k => k.Dependencies)
            .Concat(DependencyFinder.ForUnit(context, unit, drafted)).ToList();
        if (companies.Count == 0)
        {
            notes.Add($"{cycleId} has no company objectives: there is nothing to cascade from");
        }

        return new TeamDraft(unit, cycleId, objectives, unreached, dependencies, notes);
    }

    /// <summary>A health objective on the unit's own metrics, for a unit with no line of sight to any company objective.</summary>
    private static DraftedObjective HealthObjective(RuleContext context, OrgUnit unit, string cycleId, IReadOnlyList<Lever> own)
    {
        var keyResults = own.Select((lever, i) => KeyResultDrafter.Draft(
            context, unit, OkrRef.ForKeyResult(unit.Id, "O1", $"KR{i + 1}"), new LineOfSightLink(null, null, null, lever, MetricRelation.None))).ToList();
        var objective = new Objective
        {
            Ref = OkrRef.ForObjective(unit.Id, "O1"),
            Title = ObjectiveWording.Title(unit, own[0].Metric),
            Why = $"so that {unit.Id}'s own outcomes stay healthy while its contribution to the company objectives is clarified",
            Cycle = cycleId,
            Level = unit.Kind == UnitKind.Department ? ObjectiveLevel.Department : ObjectiveLevel.Team,
            Type = ObjectiveType.Health,
            NeedNotLadderUp = true,
            Owner = unit.Id,
            OwnerPerson = unit.Lead,
            KeyResults = [.. keyResults.Select(k => k.KeyResult)],
        };
        return new DraftedObjective(objective, null, keyResults);
    }

    /// <summary>Every relation of a unit metric to a company key result's metric that gives a line of sight.</summary>
    private static List<LineOfSightLink> Links(RuleContext context, IReadOnlyList<Lever> levers, IReadOnlyList<Objective> companies)
    {
        var links = new List<LineOfSightLink>();
        foreach (var company in companies)
        {
            foreach (var keyResult in company.KeyResults)
            {
                if (context.MetricOf(keyResult)?.Metric is not { } target)
                {
                    continue;
                }

                foreach (var lever in levers)
                {
                    var relation = MetricRelations.Relate(context.Knowledge, lever.Metric, target);
                    if (relation is MetricRelation.Same or MetricRelation.Driver or MetricRelation.IndirectDriver or MetricRelation.SameFamily)
                    {
                        links.Add(new LineOfSightLink(company, keyResult, target, lever, relation));
                    }
                }
            }
        }

        return links;
    }

    private static NoLineOfSight NoSight(RuleContext context, OrgUnit unit, Objective company, IReadOnlyList<Lever> levers)
    {
        var measured = company.KeyResults.Select(k => context.MetricOf(k)?.Metric is { } m ? $"{m.Name} ({k.Ref.LocalId})" : $"no recognisable metric ({k.Ref.LocalId})");
        var ours = levers.Count == 0 ? "no metric" : string.Join(", ", levers.Select(l => l.Metric.Name));
        var evidence = $"the company KRs measure {string.Join(", ", measured)}; {unit.Id} moves {ours}; none is the same metric, a driver (direct or through one step) or in the same family";
        var implication = $"either the strategy needs work (no team path reaches \"{company.Title}\" through {unit.Id}, so make sure another unit owns it) or {unit.Id}'s scope needs clarification (if {unit.Id} is expected to contribute, name the metric it should move and add it to its metrics in units.yaml)";
        return new NoLineOfSight(company.Ref, company.Title, evidence, implication);
    }
}

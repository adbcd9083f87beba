using Throughline.Core.Model;
using Throughline.Workspace.Writing;

namespace Throughline.Benchmarks;

/// <summary>
/// Builds a large, realistic, deterministic <see cref="OkrWorkspace"/>: a company, departments of about 20 teams, about
/// three objectives a unit and four key results an objective, parent links up the cascade, a metric catalogue and weekly
/// history for it. Used by the benchmarks and by <c>--generate</c> to time the CLI end to end.
/// </summary>
internal static class OrganisationGenerator
{
    public const string CurrentCycle = "2026-Q4";
    private const string CompanyId = "org";

    private static readonly string[] FirstNames = ["Dana", "Marcus", "Priya", "Tomás", "Rachel", "Olivia", "Samir", "Kofi", "Mei", "Lars", "Ana", "Yusuf", "Ines", "Noah", "Aiko", "Jonas"];
    private static readonly string[] LastNames = ["Whitfield", "Oyelaran", "Shah", "Reyes", "Adeyemi", "Brandt", "Haddad", "Mensah", "Lin", "Berg", "Costa", "Kaya", "Moreau", "Fischer", "Sato", "Novak"];
    private static readonly UnitKind[] TeamKinds = [UnitKind.ProductTeam, UnitKind.ProductTeam, UnitKind.PlatformTeam, UnitKind.GoToMarket, UnitKind.SupportFunction];

    private static readonly string[] OutcomeTitles =
    [
        "New teams reach value on their own and choose to pay", "Customers stay because their teams live in the product",
        "Enterprise buyers pass their security review in weeks, not months", "Dashboards answer questions before anyone has to ask",
        "Self-serve accounts grow without a sales touch", "Every release reaches customers safely and quickly",
        "Support resolves problems at the first contact", "Our cloud bill grows slower than our revenue",
        "Data arrives fresh enough to decide on", "Admins configure the product without opening a ticket",
        "Prospects find us and understand the value in one visit", "Hiring keeps pace with the roadmap",
    ];

    private static readonly string[] VagueTitles = ["Improve our processes", "Be better at execution", "Drive excellence", "Optimise things"];
    private static readonly string[] ProjectTitles = ["Project Phoenix", "Deliver the Atlas migration", "Launch v2 of the dashboard builder", "Finish the Orion replatforming"];

    public static OkrWorkspace Generate(OrganisationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.KeyResults is null && spec.Units is null)
        {
            throw new ArgumentException("give a number of key results or of units", nameof(spec));
        }

        var random = new Random(spec.Seed);
        var cycle = new Cycle { Id = CurrentCycle, Start = new DateOnly(2026, 10, 5), End = new DateOnly(2027, 1, 3) };
        var previous = new Cycle { Id = "2026-Q3", Start = new DateOnly(2026, 7, 6), End = new DateOnly(2026, 10, 4) };
        var templates = new KeyResultTemplates(random, cycle);
        var catalogue = CatalogueMetric.All;
        var units = new List<OrgUnit>();
        var objectives = new List<Objective>();
        var keyResults = 0;
        var budget = spec.KeyResults ?? int.MaxValue;

        string Person() => $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";

        bool Full() => keyResults >= budget || (spec.Units is { } max && units.Count >= max);

        IReadOnlyList<Objective> AddObjectives(OrgUnit unit, ObjectiveLevel level, int count, IReadOnlyList<Objective> parents)
        {
            var added = new List<Objective>();
            var lead = unit.Lead ?? Person();
            for (var o = 1; o <= count && keyResults < budget; o++)
            {
                var focus = catalogue.First(m => m.Id == unit.Metrics[(o - 1) % unit.Metrics.Count]);
                var parent = parents.Count == 0 ? null : parents[random.Next(parents.Count)];
                var titleRoll = random.Next(100);
                var title = titleRoll switch
                {
                    < 3 when parent is not null => parent.Title,
                    < 7 => VagueTitles[random.Next(VagueTitles.Length)],
                    < 11 => ProjectTitles[random.Next(ProjectTitles.Length)],
                    _ => OutcomeTitles[random.Next(OutcomeTitles.Length)],
                };
                var krCount = random.Next(100) switch { < 4 => 1, < 8 => 6, _ => random.Next(3, 6) };
                krCount = Math.Min(krCount, budget - keyResults);
                var objectiveId = $"O{o}";
                var krs = new List<KeyResult>(krCount);
                for (var k = 1; k <= krCount; k++)
                {
                    krs.Add(templates.Create(OkrRef.ForKeyResult(unit.Id, objectiveId, $"KR{k}"), random.Next(4) == 0 ? Person() : lead, k == 1 ? focus : catalogue[random.Next(catalogue.Count)]));
                }

                keyResults += krCount;
                var supports = parent is null
                    ? (IReadOnlyList<ParentLink>)[]
                    : [new ParentLink
                    {
                        Target = random.Next(3) == 0 && parent.KeyResults.Count > 0 ? parent.KeyResults[random.Next(parent.KeyResults.Count)].Ref : parent.Ref,
                        Contribution = random.Next(2) == 0 ? $"Moves {focus.Name.ToLowerInvariant()}, which feeds this." : null,
                        Accepted = random.Next(4) == 0 ? null : true,
                    }];
                var objective = new Objective
                {
                    Ref = OkrRef.ForObjective(unit.Id, objectiveId),
                    Title = title,
                    Cycle = CurrentCycle,
                    Level = level,
                    Owner = unit.Id,
                    OwnerPerson = lead,
                    Pillar = level == ObjectiveLevel.Company ? Pillars[(o - 1) % Pillars.Count].Id : null,
                    Supports = supports,
                    Order = o,
                    KeyResults = krs,
                };
                added.Add(objective);
                objectives.Add(objective);
            }

            return added;
        }

        OrgUnit NewUnit(string id, string name, UnitKind kind, string? parent) => new()
        {
            Id = id,
            Name = name,
            Kind = kind,
            Parent = parent,
            Area = kind is UnitKind.Company or UnitKind.Department ? null : $"{name}: {OutcomeTitles[random.Next(OutcomeTitles.Length)].ToLowerInvariant()}",
            Metrics = [.. Enumerable.Range(0, 3).Select(_ => catalogue[random.Next(catalogue.Count)].Id).Distinct(StringComparer.Ordinal)],
            Size = kind is UnitKind.Company or UnitKind.Department ? new TeamSize() : new TeamSize(random.Next(3, 9), random.Next(0, 2), 1, random.Next(0, 2)),
            CapacityForAsks = kind is UnitKind.Company or UnitKind.Department ? null : random.Next(0, 4),
            Lead = Person(),
        };

        var company = NewUnit(CompanyId, "Generated Org", UnitKind.Company, null);
        units.Add(company);
        var companyObjectives = AddObjectives(company, ObjectiveLevel.Company, 3, []);
        IReadOnlyList<Objective> departmentObjectives = companyObjectives;
        string department = CompanyId;
        var teamInDepartment = spec.TeamsPerDepartment;
        while (!Full())
        {
            if (teamInDepartment == spec.TeamsPerDepartment)
            {
                department = $"dept-{units.Count(u => u.Kind == UnitKind.Department) + 1:D3}";
                var unit = NewUnit(department, $"Department {department[5..]}", UnitKind.Department, CompanyId);
                units.Add(unit);
                departmentObjectives = AddObjectives(unit, ObjectiveLevel.Department, 3, companyObjectives);
                teamInDepartment = 0;
                continue;
            }

            teamInDepartment++;
            var id = $"team-{units.Count:D5}";
            var team = NewUnit(id, $"Team {units.Count}", TeamKinds[units.Count % TeamKinds.Length], department);
            units.Add(team);
            AddObjectives(team, ObjectiveLevel.Team, random.Next(100) < 4 ? 4 : 3, random.Next(5) == 0 ? companyObjectives : departmentObjectives);
        }

        var departments = units.Where(u => u.Kind == UnitKind.Department).Select(u => u.Id).DefaultIfEmpty(CompanyId).ToList();
        return new OkrWorkspace
        {
            Organisation = "Generated Org",
            CurrentCycle = CurrentCycle,
            Strategy = new Strategy { Mission = "Every team decides with live data, not opinions.", Pillars = Pillars },
            Cycles = [previous, cycle],
            Units = units,
            Objectives = objectives,
            Metrics = [.. catalogue.Select((m, i) => m.ToDefinition(departments[i % departments.Count]))],
            MetricHistory = History(random, catalogue, cycle.Start, spec.HistoryYears),
        };
    }

    /// <summary>Renders <paramref name="workspace"/> with the product's own writer and writes it under <paramref name="folder"/>.</summary>
    public static void Write(OkrWorkspace workspace, string folder) => WorkspaceWriter.Write(WorkspaceWriter.Render(workspace), folder);

    private static IReadOnlyList<StrategicPillar> Pillars { get; } =
    [
        new() { Id = "self-serve", Name = "Self-serve that sells itself" },
        new() { Id = "enterprise", Name = "Win the enterprise" },
        new() { Id = "durable", Name = "Durable, efficient growth" },
    ];

    private static List<MetricObservation> History(Random random, IReadOnlyList<CatalogueMetric> catalogue, DateOnly cycleStart, int years)
    {
        var history = new List<MetricObservation>();
        var lastFriday = cycleStart.AddDays(-1);
        while (lastFriday.DayOfWeek != DayOfWeek.Friday)
        {
            lastFriday = lastFriday.AddDays(-1);
        }

        var weeks = years * 52;
        foreach (var metric in catalogue)
        {
            var value = metric.Level * 0.85;
            var drift = metric.Level * 0.15 / weeks * (metric.Good == MetricDirection.Increase ? 1 : -1);
            for (var w = weeks - 1; w >= 0; w--)
            {
                value += drift + metric.Level * metric.WeeklyNoise * (random.NextDouble() - 0.5);
                var rounded = metric.Unit == MeasureUnit.Percent ? Math.Round(Math.Min(value, 99.99), 2) : Math.Round(value, value >= 100 ? 0 : 1);
                history.Add(new MetricObservation(metric.Id, lastFriday.AddDays(-7 * w), rounded));
            }
        }

        return history;
    }
}

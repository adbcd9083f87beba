using Throughline.Core.Model;

namespace Throughline.Workspace.Writing;

/// <summary>The YAML shape of each model record, mirroring the readers in <c>Loading/</c> key for key.</summary>
internal static class WorkspaceSections
{
    public static YamlMap Header(OkrWorkspace w)
    {
        var defaults = new WorkspaceSettings();
        var settings = new YamlMap();
        if (w.Settings != defaults)
        {
            settings.Add("max_objectives_per_unit", w.Settings.MaxObjectivesPerUnit)
                .Add("min_krs_per_objective", w.Settings.MinKeyResultsPerObjective)
                .Add("max_krs_per_objective", w.Settings.MaxKeyResultsPerObjective)
                .Add("checkin_cadence_days", w.Settings.CheckInCadenceDays);
        }

        return new YamlMap()
            .Add("organisation", w.Organisation)
            .Add("current_cycle", w.CurrentCycle)
            .Add("mission", w.Strategy.Mission)
            .Add("pillars", w.Strategy.Pillars.Select(p => new YamlMap().Add("id", p.Id).Add("name", p.Name).Add("description", p.Description)))
            .Add("cycles", w.Cycles.Select(c => new YamlMap().Add("id", c.Id).Add("start", c.Start).Add("end", c.End)))
            .Add("settings", settings);
    }

    public static YamlMap Unit(OrgUnit u)
    {
        var size = new YamlMap();
        if (u.Size.Total > 0)
        {
            size.Add("engineers", u.Size.Engineers).Add("designers", u.Size.Designers).Add("pms", u.Size.ProductManagers).Add("others", u.Size.Others);
        }

        return new YamlMap()
            .Add("id", u.Id)
            .Add("name", u.Name)
            .AddEnum<UnitKind>("kind", u.Kind)
            .Add("parent", u.Parent)
            .Add("area", u.Area)
            .Add("segments", u.Segments)
            .Add("metrics", u.Metrics)
            .Add("size", size)
            .Add("capacity_for_asks", u.CapacityForAsks)
            .Add("lead", u.Lead);
    }

    public static YamlMap Objective(Objective o, ObjectiveLevel defaultLevel) =>
        new YamlMap()
            .Add("id", o.Ref.Objective)
            .Add("title", o.Title)
            .Add("why", o.Why)
            .AddEnum<ObjectiveType>("type", o.Type, ObjectiveType.Impact)
            .AddEnum<ObjectiveLevel>("level", o.Level, defaultLevel)
            .Add("owner_person", o.OwnerPerson)
            .Add("health", o.NeedNotLadderUp, omitWhen: false)
            .Add("pillar", o.Pillar)
            .Add("weight", o.Weight)
            .Add("contributors", o.Contributors.Select(c => new YamlMap().Add("unit", c.Unit).Add("contribution", c.Statement)))
            .Add("supports", o.Supports.Select(s => new YamlMap().Add("ref", Local(s.Target, o.Ref.Scope)).Add("contribution", s.Contribution).Add("accepted", s.Accepted)))
            .Add("key_results", o.KeyResults.Select(KeyResult));

    public static YamlMap KeyResult(KeyResult k) =>
        new YamlMap()
            .Add("id", k.Ref.KeyResult)
            .Add("text", k.Text)
            .Add("metric", k.Metric)
            .AddEnum<MeasureUnit>("unit", k.MeasureUnit, MeasureUnit.Unspecified)
            .Add("currency", k.Currency)
            .AddEnum("direction", k.Direction)
            .AddEnum("bound", k.Bound)
            .Add("baseline", k.Baseline)
            .Add("target", k.Target)
            .Add("change", k.Target is null ? k.Change?.ToString() : null)
            .Add("stretch", k.Stretch)
            .Add("deadline", k.Deadline)
            .Add("measurement", new YamlMap().Add("source", k.Measurement.Source).Add("event", k.Measurement.Event).Add("dashboard", k.Measurement.Dashboard))
            .AddEnum("indicator", k.Indicator)
            .Add("rat", k.IsRat, omitWhen: false)
            .Add("pass_threshold", k.PassThreshold)
            .Add("owner", k.Owner)
            .Add("contributors", k.Contributors)
            .Add("weight", k.Weight);

    public static YamlMap Kpi(Kpi k) =>
        new YamlMap().Add("id", k.Id).Add("metric", k.Metric).Add("unit", k.Unit).Add("healthy_min", k.HealthyMin).Add("healthy_max", k.HealthyMax).AddEnum<MeasureUnit>("measure", k.MeasureUnit, MeasureUnit.Unspecified);

    public static YamlMap Dependency(Dependency d) =>
        new YamlMap()
            .Add("id", d.Id).Add("from", d.From).Add("on", d.On).Add("kr", d.KeyResult).Add("need", d.Need)
            .Add("engineer_weeks", d.EngineerWeeks).Add("needed_by", d.NeededBy).Add("agreed", d.Agreed);

    public static YamlMap Initiative(Initiative i) =>
        new YamlMap()
            .Add("id", i.Id).Add("title", i.Title).Add("description", i.Description).Add("unit", i.Unit).Add("cycle", i.Cycle)
            .AddEnum<InitiativeStatus>("status", i.Status).Add("expected", i.ExpectedCompletion).Add("shipped", i.ShippedOn).Add("effort", i.Effort)
            .Add("moves", i.Impacts.Select(m => new YamlMap().Add("kr", m.KeyResult).Add("expected", m.Expected).Add("why", m.Rationale)))
            .Add("depends_on", i.DependsOn).Add("labels", i.Labels);

    public static YamlMap Metric(MetricDefinition m) =>
        new YamlMap()
            .Add("id", m.Id).Add("name", m.Name).Add("synonyms", m.Synonyms).Add("definition", m.Definition)
            .AddEnum<MeasureUnit>("unit", m.MeasureUnit, MeasureUnit.Unspecified)
            .Add("source", m.Measurement.Source).Add("event", m.Measurement.Event).Add("dashboard", m.Measurement.Dashboard)
            .Add("owner", m.OwnerUnit).AddEnum("good_direction", m.GoodDirection).AddEnum("indicator", m.Indicator);

    public static YamlMap Event(WorkspaceEvent e) =>
        new YamlMap()
            .Add("id", e.Id).Add("date", e.Date).Add("end", e.EndDate).AddEnum<EventKind>("kind", e.Kind).Add("title", e.Title)
            .Add("description", e.Description).Add("metrics", e.Metrics).Add("units", e.Units);

    public static YamlMap Decision(DecisionLogEntry d) =>
        new YamlMap()
            .Add("date", d.Date).Add("what", d.What).Add("why", d.Why).Add("who", d.Who)
            .Add("affects", [.. d.Affects.Select(a => a.ToString())])
            .Add("previous_target", d.PreviousTarget).Add("new_target", d.NewTarget);

    public static YamlMap Grade(Grade g) =>
        new YamlMap().Add("kr", g.KeyResult).Add("cycle", g.Cycle).Add("score", g.Score).Add("note", g.Note);

    private static string Local(OkrRef target, string? scope) => target.Scope == scope ? target.LocalId : target.ToString();
}

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Workspace.Loading;

/// <summary>Reads one <c>okrs/*.yaml</c> file: the objectives of one unit (or shared scope) for one cycle.</summary>
internal sealed class OkrFileReader
{
    private readonly IReadOnlyDictionary<string, OrgUnit> _units;
    private readonly IReadOnlyDictionary<string, Cycle> _cycles;

    public OkrFileReader(IReadOnlyDictionary<string, OrgUnit> units, IReadOnlyDictionary<string, Cycle> cycles)
    {
        _units = units;
        _cycles = cycles;
    }

    public IReadOnlyList<Objective> Read(YamlFields root, string defaultCycle)
    {
        var unit = root.String("unit");
        var shared = root.String("shared");
        var cycle = root.String("cycle") ?? defaultCycle;
        var diagnostics = root.Diagnostics;
        if (unit is null && shared is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingField, root.Where, "an OKR file needs 'unit: <unit id>' or 'shared: <scope>'", "add 'unit: <unit id>' at the top of the file");
            root.Known("cycle", "objectives");
            return [];
        }

        if (unit is not null && shared is not null)
        {
            diagnostics.Error(DiagnosticCodes.BadValue, root.WhereOf("shared"), "an OKR file has either 'unit' or 'shared', not both", "remove one of them; shared objectives list their units under 'contributors'");
        }

        var scope = unit ?? shared!;
        if (!OkrRef.IsValidScope(scope))
        {
            diagnostics.Error(DiagnosticCodes.BadValue, root.WhereOf(unit is null ? "shared" : "unit"), $"'{scope}' is not a valid scope id", "use letters, digits, '.', '_' and '-' only");
            root.Known("cycle", "objectives");
            return [];
        }

        if (!_cycles.TryGetValue(cycle, out var cycleDefinition))
        {
            diagnostics.Error(DiagnosticCodes.UnknownCycle, root.WhereOf("cycle"), $"unknown cycle '{cycle}'", $"define it under 'cycles:' in workspace.yaml or use one of: {string.Join(", ", _cycles.Keys)}");
        }

        var context = cycleDefinition is null
            ? new KrParseContext(DateTime.UnixEpoch.Year)
            : KrParseContext.ForCycle(cycleDefinition.Start, cycleDefinition.End);
        var level = shared is not null ? ObjectiveLevel.Shared : LevelOf(unit!);
        var objectives = new List<Objective>();
        var order = 0;
        foreach (var f in root.Maps("objectives", required: true))
        {
            order++;
            if (ReadObjective(f, scope, unit, cycle, level, order, context) is { } objective)
            {
                objectives.Add(objective);
            }
        }

        root.Complete();
        return objectives;
    }

    /// <summary>The level an objective has unless its file says otherwise.</summary>
    public static ObjectiveLevel DefaultLevel(UnitKind? ownerKind) => ownerKind switch
    {
        null => ObjectiveLevel.Shared,
        UnitKind.Company => ObjectiveLevel.Company,
        UnitKind.Department => ObjectiveLevel.Department,
        _ => ObjectiveLevel.Team,
    };

    private ObjectiveLevel LevelOf(string unit) =>
        DefaultLevel(_units.TryGetValue(unit, out var u) ? u.Kind : UnitKind.ProductTeam);

    private static Objective? ReadObjective(YamlFields f, string scope, string? owner, string cycle, ObjectiveLevel defaultLevel, int order, KrParseContext context)
    {
        var id = f.String("id", required: true, fix: "give the objective an id such as O1");
        var title = f.String("title", required: true, fix: "add 'title: <what you want to achieve>'");
        if (id is not null && !OkrRef.IsValidId(id))
        {
            f.Diagnostics.Error(DiagnosticCodes.BadValue, f.WhereOf("id"), $"'{id}' is not a valid objective id", "use letters and digits without '-' or '/', e.g. O1");
            id = null;
        }

        var objectiveRef = id is null ? null : OkrRef.ForObjective(scope, id);
        var contributors = f.Maps("contributors").Select(ReadContribution).OfType<UnitContribution>().ToList();
        var supports = f.Maps("supports").Select(s => ReadParentLink(s, scope)).OfType<ParentLink>().ToList();
        var keyResults = new List<KeyResult>();
        foreach (var k in f.Maps("key_results"))
        {
            if (objectiveRef is not null && ReadKeyResult(k, objectiveRef, context) is { } kr)
            {
                keyResults.Add(kr);
            }
        }

        var objective = new Objective
        {
            Ref = objectiveRef ?? OkrRef.ForObjective(scope, "O0"),
            Title = title ?? "",
            Cycle = cycle,
            Why = f.String("why"),
            Level = f.Enum<ObjectiveLevel>("level") ?? defaultLevel,
            Type = f.Enum<ObjectiveType>("type") ?? ObjectiveType.Impact,
            Owner = owner,
            Contributors = contributors,
            Supports = supports,
            Pillar = f.String("pillar"),
            NeedNotLadderUp = f.Bool("health") ?? false,
            OwnerPerson = f.String("owner_person"),
            Order = order,
            Weight = f.Number("weight"),
            KeyResults = keyResults,
            Origin = f.Where,
        };
        f.Complete();
        // An objective without a title is kept (the error is reported) so that references to it do not cascade into more errors.
        return objectiveRef is null ? null : objective;
    }

    private static UnitContribution? ReadContribution(YamlFields f)
    {
        var unit = f.String("unit", required: true, fix: "name the contributing unit: 'unit: <unit id>'");
        var statement = f.String("contribution");
        f.Complete();
        return unit is null ? null : new UnitContribution { Unit = unit, Statement = statement, Origin = f.Where };
    }

    private static ParentLink? ReadParentLink(YamlFields f, string scope)
    {
        var target = RefReader.Read(f, "ref", scope, required: true);
        var link = target is null ? null : new ParentLink
        {
            Target = target,
            Contribution = f.String("contribution"),
            Accepted = f.Bool("accepted"),
            Origin = f.WhereOf("ref"),
        };
        f.Complete();
        return link;
    }

    private static TargetChange? ReadChange(YamlFields f)
    {
        var text = f.String("change")?.Replace(" ", "", StringComparison.Ordinal);
        if (text is null)
        {
            return null;
        }

        var kind = text.EndsWith('%') ? ChangeKind.Percent : text.EndsWith('x') || text.EndsWith('X') ? ChangeKind.Multiple : ChangeKind.Absolute;
        var number = text.TrimStart('+').TrimEnd('%', 'x', 'X');
        if (double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            return new TargetChange(amount, kind);
        }

        f.Diagnostics.Error(DiagnosticCodes.BadValue, f.WhereOf("change"), $"'change' must be a positive change such as 20%, 2x or 5, got '{text}'", "write the relative target as 20% (percent of baseline), 2x (multiple) or 5 (in the metric's unit)");
        return null;
    }

    private static KeyResult? ReadKeyResult(YamlFields f, OkrRef objective, KrParseContext context)
    {
        var id = f.String("id", required: true, fix: "give the key result an id such as KR1");
        var text = f.String("text", required: true, fix: "add 'text: <the key result as written>'");
        if (id is not null && id.StartsWith(objective.Objective + "-", StringComparison.Ordinal))
        {
            id = id[(objective.Objective.Length + 1)..];
        }

        if (id is not null && !OkrRef.IsValidId(id))
        {
            f.Diagnostics.Error(DiagnosticCodes.BadValue, f.WhereOf("id"), $"'{id}' is not a valid key result id", "use letters and digits without '-' or '/', e.g. KR1");
            id = null;
        }

        var measurement = new Measurement();
        if (f.Map("measurement") is { } m)
        {
            measurement = new Measurement(m.String("source"), m.String("event"), m.String("dashboard"));
            m.Complete();
        }

        var stated = new KeyResult
        {
            Ref = OkrRef.ForKeyResult(objective.Scope!, objective.Objective, id ?? "KR0"),
            Text = text ?? "",
            Metric = f.String("metric"),
            MeasureUnit = f.Enum<MeasureUnit>("unit") ?? MeasureUnit.Unspecified,
            Currency = f.String("currency"),
            Direction = f.Enum<MetricDirection>("direction"),
            Bound = f.Enum<TargetBound>("bound"),
            Baseline = f.Number("baseline"),
            Target = f.Number("target"),
            Change = ReadChange(f),
            Stretch = f.Number("stretch"),
            Deadline = f.Date("deadline"),
            Measurement = measurement,
            Indicator = f.Enum<IndicatorKind>("indicator"),
            IsRat = f.Bool("rat") ?? false,
            PassThreshold = f.String("pass_threshold"),
            Owner = f.String("owner"),
            Contributors = f.StringList("contributors"),
            Weight = f.Number("weight"),
            Origin = f.Where,
        };
        f.Complete();
        // A KR without text is kept (the error is reported) so that check-ins and links to it still resolve.
        return id is null ? null : KeyResultAssembler.Assemble(stated, context, f.Diagnostics);
    }
}

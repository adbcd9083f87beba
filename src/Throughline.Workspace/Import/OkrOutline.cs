using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>
/// Where the text reader is in the document's outline: the enclosing units, the open objective and its latest key
/// result, and any block being skipped. It adds what the reader recognises to the <see cref="DraftDocument"/>.
/// </summary>
internal sealed partial class OkrOutline(DraftDocument document, IReadOnlyList<SourceLine> lines)
{
    private bool _lastKeyResultWasItem;

    public UnitStack Units { get; } = new(document);

    public DraftObjective? Objective { get; private set; }

    public ObjectiveAnchor Anchor { get; private set; }

    /// <summary>The depth of the line that opened the objective.</summary>
    public int AnchorDepth { get; private set; }

    public DraftKeyResult? LastKeyResult { get; private set; }

    public int LastKeyResultDepth { get; private set; }

    /// <summary>The line the latest key result ends on.</summary>
    public int LastKeyResultLine { get; private set; }

    /// <summary>A line used as the title of the objective above it, so not read again.</summary>
    public int TitleLine { get; private set; }

    /// <summary>The block of lines being skipped, if any.</summary>
    public SkippedBlock? Skipping { get; set; }

    /// <summary>True once the document has named a unit or an objective.</summary>
    public bool HasContent => document.Units.Count > 0 || document.Objectives.Count > 0;

    public void StartUnit(string name, UnitKind kind, SourceLine line, int depth, int column = 0)
    {
        Units.Open(name, kind, document.At(line.Number, column > 0 ? column : line.Column), depth);
        Close();
    }

    /// <summary>
    /// Opens an objective. An empty title (<c>## Objective 1</c> alone) is taken from the next plain line; an objective
    /// still without a title is reported and skipped.
    /// </summary>
    public void StartObjective(string title, string? id, string? owner, SourceLine line, ObjectiveAnchor anchor, int column = 0)
    {
        var next = lines.Skip(line.Number).FirstOrDefault(l => !l.IsBlank);
        if (title.Length == 0 && next is { Kind: SourceLineKind.Plain } && !LineText.TryKeyResultPrefix(next.Content, out _, out _))
        {
            title = LineText.Clean(next.Content, out var nextOwner);
            owner ??= nextOwner;
            TitleLine = next.Number;
        }

        if (title.Length == 0)
        {
            document.Unplaced(document.At(line.Number, line.Column), $"the objective '{line.Content}' has no title and was skipped", "write the objective after its id, e.g. 'Objective 1: Delight new users'");
            Close();
            return;
        }

        Objective = document.Objective(Units.Current, title, document.At(line.Number, column > 0 ? column : line.Column), id);
        Objective.OwnerPerson = owner;
        Anchor = anchor;
        AnchorDepth = line.Depth;
        LastKeyResult = null;
    }

    /// <summary>Opens the unit, objective and key results of a "Team: objective. KR; KR" line.</summary>
    /// <summary>The objective of each unit's latest team line, which team lines nested under it support.</summary>
    private readonly Dictionary<string, DraftObjective> _teamLineObjectives = new(StringComparer.Ordinal);

    public void StartTeamLine(TeamLine team, SourceLine line, int unitDepth, ObjectiveAnchor anchor)
    {
        StartUnit(team.Team, UnitNames.KindOf(team.Team) ?? UnitKind.ProductTeam, line, unitDepth);
        StartObjective(team.Title, null, team.Owner, line, anchor, line.Column + team.TitleOffset);

        // "1. CEO: Grow ACV. / 1.1 CRO: Achieve 105% of plan.": a team line nested under another team line supports the
        // objective of the latest line of the team it is nested in.
        if (Objective is not null && Units.CurrentUnit is { } unit)
        {
            if (unit.Parent is { } parent && _teamLineObjectives.TryGetValue(parent, out var above))
            {
                Objective.Supports = above;
            }

            _teamLineObjectives[unit.Id] = Objective;
        }

        foreach (var (text, offset) in team.KeyResults)
        {
            AddKeyResult(text, line, line.Column + offset);
        }
    }

    /// <summary>
    /// Adds a key result written at <paramref name="column"/> of <paramref name="line"/>; <paramref name="text"/> is the
    /// content with any <c>KR1:</c> prefix still on it.
    /// </summary>
    public void AddKeyResult(string text, SourceLine line, int column)
    {
        LineText.TryKeyResultPrefix(text, out var id, out var start);
        var body = text[start..].Trim();
        if (start > 0 && text.TrimStart().StartsWith("**", StringComparison.Ordinal) && body.EndsWith("**", StringComparison.Ordinal) && !body[..^2].Contains("**", StringComparison.Ordinal))
        {
            body = body[..^2].TrimEnd();
        }

        var where = document.At(line.Number, column + start);
        if (body.Length == 0)
        {
            document.Unplaced(where, $"the key result '{text.Trim()}' has no text and was skipped", "write the key result after its id, or delete the line");
            return;
        }

        if (Objective is null)
        {
            document.Unplaced(where, $"the key result '{RowImporter.Preview(body)}' comes before any objective and was skipped", "put an objective line (e.g. 'Objective: …' or a heading) above it");
            return;
        }

        if (LineText.IsStruckThrough(body))
        {
            document.Skipped(where, $"the key result '{RowImporter.Preview(body)}' is struck through and was read as dropped", "delete the line, or remove the ~~ if it still counts");
            return;
        }

        LastKeyResult = new DraftKeyResult(LineText.AsStored(body), where) { GivenId = id, ParseText = DraftKeyResult.ParseTextOf(body, out var owner, out var dashboard), Owner = owner, Dashboard = dashboard };
        LastKeyResultDepth = line.Depth;
        LastKeyResultLine = line.Number;
        _lastKeyResultWasItem = line.Kind == SourceLineKind.ListItem;
        Objective.KeyResults.Add(LastKeyResult);
    }

    /// <summary>
    /// Appends a wrapped line to the latest key result when it is a bullet on the line directly above (a hard-wrapped
    /// paste); false otherwise.
    /// </summary>
    public bool TryContinueKeyResult(SourceLine line)
    {
        if (LastKeyResult is null || LastKeyResultLine != line.Number - 1 || !_lastKeyResultWasItem)
        {
            return false;
        }

        LastKeyResult.Text = $"{LastKeyResult.Text} {line.Content}";
        LastKeyResult.ParseText = DraftKeyResult.ParseTextOf(LastKeyResult.Text, out _, out var dashboard);
        LastKeyResult.Dashboard ??= dashboard;
        LastKeyResultLine = line.Number;
        return true;
    }

    public void SetWhy(string why, SourceLine line)
    {
        if (Objective is null)
        {
            document.Unplaced(document.At(line.Number, line.Column), $"the 'why' line '{RowImporter.Preview(why)}' comes before any objective and was skipped", "put it directly under the objective it explains");
            return;
        }

        Objective.Why = Objective.Why is null ? why : $"{Objective.Why} {why}";
    }

    /// <summary>Sets where the latest key result is measured from a <c>Dashboard:</c> line under it; false when there is none or it has one.</summary>
    public bool SetDashboard(string dashboard)
    {
        if (LastKeyResult is null || LastKeyResult.Dashboard is not null)
        {
            return false;
        }

        LastKeyResult.Dashboard = dashboard;
        return true;
    }

    /// <summary>
    /// Sets the latest key result's baseline or target from a line under it ("Baseline: 11.4%"); false when there is no
    /// key result to set or the text already states that value.
    /// </summary>
    public bool SetValue(string field, string value, SourceLine line)
    {
        if (LastKeyResult is null || (field == "baseline" ? LastKeyResult.Baseline : LastKeyResult.Target) is not null)
        {
            return false;
        }

        // "Baseline: 47 (Summer term survey)": the note in brackets says where the number comes from.
        value = TrailingNote().Replace(value, "");
        var number = CellValues.Number(value, field, document.At(line.Number, line.Column), document.Diagnostics);
        if (number is null)
        {
            return false;
        }

        if (field == "baseline")
        {
            LastKeyResult.Baseline = number;
        }
        else
        {
            LastKeyResult.Target = number;
        }

        LastKeyResult.Unit ??= CellValues.Unit(value);
        return true;
    }

    /// <summary>
    /// Places the open objective in the unit a <c>Unit:</c> line right under it names (before any of its key results),
    /// inside the unit the document is in; false when no objective is open or it already has key results.
    /// </summary>
    public bool SetUnit(string name, SourceLine line)
    {
        if (Objective is not { KeyResults.Count: 0 } objective)
        {
            return false;
        }

        var unit = document.Unit(name, UnitNames.KindOf(name) ?? UnitKind.ProductTeam, document.At(line.Number, line.Column), Units.Current);
        objective.UnitId = unit.Id;
        return true;
    }

    /// <summary>Sets the owner of the latest key result when <paramref name="ofKeyResult"/>, else of the objective.</summary>
    public void SetOwner(string owner, SourceLine line, bool ofKeyResult)
    {
        if (ofKeyResult && LastKeyResult is not null)
        {
            LastKeyResult.Owner = owner;
        }
        else if (Objective is not null)
        {
            Objective.OwnerPerson = owner;
        }
        else if (Units.CurrentUnit is { } unit)
        {
            unit.Lead ??= owner;
        }
        else
        {
            document.Unplaced(document.At(line.Number, line.Column), $"the owner line 'Owner: {owner}' comes before any objective and was skipped", "put it under the objective or key result it belongs to");
        }
    }

    /// <summary>Continues with the objective a table left open.</summary>
    public void ContinueWith(DraftObjective? objective)
    {
        if (objective != Objective)
        {
            Objective = objective;
            Anchor = objective is null ? ObjectiveAnchor.None : ObjectiveAnchor.Line;
        }

        LastKeyResult = null;
    }

    /// <summary>
    /// Starts skipping an initiatives list, or a section without OKRs. A section closes the open objective but not the
    /// team: "## Risks" in a team's document does not end the team's objectives.
    /// </summary>
    public void StartSkipping(SourceLine line, string clean, bool isInitiatives, int? headingLevel, int? itemDepth, bool untilRule = false)
    {
        if (!isInitiatives)
        {
            Close();
        }

        Skipping = new SkippedBlock(line, clean, isInitiatives, headingLevel, itemDepth) { UntilRule = untilRule };
    }

    /// <summary>Ends the skipped block, reporting what it held.</summary>
    public void EndSkipping()
    {
        Skipping?.Report(document, Objective);
        Skipping = null;
    }

    public void Close()
    {
        Objective = null;
        Anchor = ObjectiveAnchor.None;
        LastKeyResult = null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial System.Text.RegularExpressions.Regex TrailingNote();
}

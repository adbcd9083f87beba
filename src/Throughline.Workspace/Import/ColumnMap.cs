using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>
/// Finds the OKR columns of a table or CSV header by name, in any order and case
/// (<c>Objective</c>, <c>Key Result</c>/<c>KR</c>, <c>Team</c>/<c>Unit</c>, <c>Owner</c>, <c>Baseline</c>/<c>Start</c>,
/// <c>Target</c>/<c>Goal</c>, <c>Due</c>/<c>Deadline</c>, <c>Type</c>). Score, progress, status and confidence columns
/// are recognised and left out: a score of 0.7 is not a target.
/// </summary>
internal sealed class ColumnMap
{
    private static readonly Dictionary<string, ColumnRole> Aliases = Build(
        (ColumnRole.Objective, ["objective", "objectives", "obj", "objectivetitle", "objectivename", "objectivetext"]),
        (ColumnRole.KeyResult, ["keyresult", "keyresults", "kr", "krs", "keyresulttitle", "keyresultname", "keyresulttext", "krtext", "krtitle", "krdescription", "result"]),
        (ColumnRole.Team, ["team", "unit", "ownerteam", "owningteam", "teamname", "department", "dept", "squad", "orgunit", "group", "function"]),
        (ColumnRole.Owner, ["owner", "owners", "krowner", "keyresultowner", "dri", "responsible", "assignee", "accountable", "person"]),
        (ColumnRole.ObjectiveOwner, ["objectiveowner", "objowner"]),
        (ColumnRole.Baseline, ["baseline", "start", "startvalue", "startingvalue", "initial", "initialvalue", "from", "baselinevalue", "customfieldbaseline"]),
        (ColumnRole.Target, ["target", "goal", "targetvalue", "to", "endvalue", "goalvalue", "customfieldtarget"]),
        (ColumnRole.Deadline, ["due", "deadline", "duedate", "by", "enddate", "targetdate", "when", "date"]),
        (ColumnRole.Type, ["type", "kind", "krtype", "objectivetype", "category", "goaltype", "level", "issuetype", "itemtype", "rowtype", "goallevel"]),
        (ColumnRole.Goal, ["goalname", "goaltitle", "goaltext"]),
        (ColumnRole.ParentGoal, ["parentgoal", "parentgoalname", "parent", "alignedto", "alignsto", "alignedwith", "parentobjective", "supports"]),
        (ColumnRole.Why, ["why", "rationale", "sothat", "purpose"]),
        (ColumnRole.Title, ["title", "summary", "name", "itemname", "itemtitle"]),
        (ColumnRole.Key, ["issuekey", "key", "itemid", "itemkey"]),
        (ColumnRole.Identifier, ["id", "krid", "objectiveid", "krno", "krnumber", "keyresultid", "objid"]),
        (ColumnRole.Ignored, ["score", "progress", "status", "confidence", "current", "currentvalue", "actual", "grade", "comments", "comment", "notes", "note", "health", "trend", "lastupdate", "lastupdated", "updated", "priority", "cycle", "quarter", "period", "percentcomplete", "complete", "done", "rag", "link", "url"]));

    private readonly Dictionary<ColumnRole, int> _indexes = [];
    private int? _objectiveKey;

    public ColumnMap(IReadOnlyList<string> header)
    {
        Header = header;
        for (var i = 0; i < header.Count; i++)
        {
            var role = RoleOf(header[i]);
            if (role == ColumnRole.Identifier && Key(header[i]) is "objectiveid" or "objid")
            {
                // "Objective ID": said as an identifier, but kept so that an "Aligned to" column can name it.
                _objectiveKey ??= i;
            }

            if (role is ColumnRole.Unknown or ColumnRole.Ignored or ColumnRole.Identifier)
            {
                if (header[i].Trim().Length > 0)
                {
                    (role switch { ColumnRole.Unknown => UnknownColumns, ColumnRole.Identifier => IdentifierColumns, _ => ProgressColumns }).Add(header[i].Trim());
                }

                continue;
            }

            _indexes.TryAdd(role, i);
        }
    }

    public static IReadOnlyList<string> Expected => ["Objective", "Key Result", "Team", "Owner", "Baseline", "Target", "Due"];

    public IReadOnlyList<string> Header { get; }

    public List<string> UnknownColumns { get; } = [];

    /// <summary>Identifier columns ("Objective ID", "KR ID"): the import gives its own ids in order.</summary>
    public List<string> IdentifierColumns { get; } = [];

    /// <summary>Columns that report progress (score, status, current value…) rather than state the plan.</summary>
    public List<string> ProgressColumns { get; } = [];

    /// <summary>
    /// What the header's columns leave out, said once per table: columns it does not know, identifier and progress
    /// columns, and — in an objective and key result table (<paramref name="readsGoals"/> false) — a goal name column.
    /// </summary>
    public void ReportLeftOut(DraftDocument document, SourceRef where, bool readsGoals = false)
    {
        var unread = readsGoals ? UnknownColumns
            : [.. UnknownColumns, .. new[] { ColumnRole.Goal }.Select(IndexOf).OfType<int>().Select(i => Header[i].Trim())];
        if (unread.Count > 0)
        {
            document.Skipped(where, $"column{(unread.Count > 1 ? "s" : "")} {Quoted(unread)} not imported", $"the importer reads {string.Join(", ", Expected)}; copy other values by hand");
        }

        if (IdentifierColumns.Count > 0)
        {
            var several = IdentifierColumns.Count > 1;
            document.Skipped(where, $"identifier column{(several ? "s" : "")} {Quoted(IdentifierColumns)} not imported", "objectives and key results are numbered O1, KR1… in order; rename them in the YAML if your ids matter");
        }

        if (ProgressColumns.Count > 0)
        {
            var several = ProgressColumns.Count > 1;
            document.Skipped(where, $"column{(several ? "s" : "")} {Quoted(ProgressColumns)} {(several ? "report" : "reports")} progress, not the plan, and {(several ? "were" : "was")} not imported", "record current values as check-ins (throughline checkin, or checkins.csv) so progress is read from them");
        }
    }

    private static string Quoted(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"'{c}'"));

    public bool Has(ColumnRole role) => _indexes.ContainsKey(role);

    /// <summary>The row's objective id ("C-1") when the header has an objective id column; null otherwise.</summary>
    public string? ObjectiveKey(IReadOnlyList<string> row) =>
        _objectiveKey is { } index && index < row.Count && row[index].Trim() is { Length: > 0 } key ? key : null;

    /// <summary>True when the header names at least an objective or a key result column.</summary>
    public bool IsOkrTable => Has(ColumnRole.Objective) || Has(ColumnRole.KeyResult);

    public int? IndexOf(ColumnRole role) => _indexes.TryGetValue(role, out var index) ? index : null;

    /// <summary>The trimmed cell for <paramref name="role"/>; null when the column is absent or the cell empty.</summary>
    public string? Cell(IReadOnlyList<string> row, ColumnRole role)
    {
        if (!_indexes.TryGetValue(role, out var index) || index >= row.Count)
        {
            return null;
        }

        var value = row[index].Trim();
        return value.Length == 0 ? null : value;
    }

    public static ColumnRole RoleOf(string header)
    {
        // "KR #", "Objective #": a number column, not the key result's text.
        if (header.TrimEnd().EndsWith('#'))
        {
            return ColumnRole.Identifier;
        }

        var withoutNote = header.Contains('(', StringComparison.Ordinal) ? header[..header.IndexOf('(', StringComparison.Ordinal)] : header;
        return Aliases.TryGetValue(Key(withoutNote), out var role) || Aliases.TryGetValue(Key(header), out role) ? role : ColumnRole.Unknown;
    }

    private static string Key(string header) => new([.. header.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private static Dictionary<string, ColumnRole> Build(params (ColumnRole Role, string[] Names)[] groups)
    {
        var map = new Dictionary<string, ColumnRole>(StringComparer.Ordinal);
        foreach (var (role, names) in groups)
        {
            foreach (var name in names)
            {
                map[name] = role;
            }
        }

        return map;
    }
}

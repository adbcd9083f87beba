using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>A key result as read from the document, before ids are settled and its text is parsed.</summary>
internal sealed class DraftKeyResult(string text, SourceRef origin)
{
    /// <summary>The text as written, minus the list marker and the <c>KR1:</c> prefix.</summary>
    public string Text { get; set; } = text;

    public SourceRef Origin { get; } = origin;

    /// <summary>The id the document gave, e.g. <c>KR2</c>; null when it gave none.</summary>
    public string? GivenId { get; init; }

    /// <summary>The text without owner tags, scores, status emoji and link targets: what the KR parser reads.</summary>
    public string? ParseText { get; set; }

    public string? Owner { get; set; }

    /// <summary>A link to where it is measured, taken from its text ("— [dashboard](https://…)").</summary>
    public string? Dashboard { get; set; }

    /// <summary>
    /// What the KR parser reads of <paramref name="text"/>: without a reference link (returned as
    /// <paramref name="dashboard"/>), owner tags (returned as <paramref name="owner"/>), scores and markup.
    /// </summary>
    public static string ParseTextOf(string text, out string? owner, out string? dashboard) =>
        LineText.Clean(LineText.WithoutReferenceLink(text, out dashboard), out owner);

    /// <summary>
    /// A key result of one row of an export: its text, its owner (the owner cell's, else a tag in the text), the
    /// <paramref name="baseline"/> and <paramref name="target"/> read from their cells, the unit those cells write and
    /// the due date.
    /// </summary>
    public static DraftKeyResult FromRow(
        string text, SourceRef where, ColumnMap columns, IReadOnlyList<string> cells, double? baseline, double? target, Throughline.Core.Parsing.KrParseContext context, Throughline.Core.Diagnostics.DiagnosticBag diagnostics) =>
        new(LineText.AsStored(text), where)
        {
            ParseText = ParseTextOf(text, out var tagOwner, out var dashboard),
            Dashboard = dashboard,
            Owner = columns.Cell(cells, ColumnRole.Owner) is { } owner ? LineText.OwnerName(owner) : tagOwner,
            Baseline = baseline,
            Target = target,
            Unit = CellValues.Unit(columns.Cell(cells, ColumnRole.Baseline)) ?? CellValues.Unit(columns.Cell(cells, ColumnRole.Target)),
            Deadline = CellValues.Date(columns.Cell(cells, ColumnRole.Deadline), where, context, diagnostics),
        };

    /// <summary>A baseline stated in its own column; wins over the text.</summary>
    public double? Baseline { get; set; }

    /// <summary>A target stated in its own column; wins over the text.</summary>
    public double? Target { get; set; }

    /// <summary>The unit the baseline or target cells write ("11.4%"); null when they say none.</summary>
    public MeasureUnit? Unit { get; set; }

    /// <summary>A deadline stated in its own column; wins over the text.</summary>
    public DateOnly? Deadline { get; init; }

    public bool IsRat { get; init; }
}

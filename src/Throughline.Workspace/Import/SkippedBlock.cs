namespace Throughline.Workspace.Import;

/// <summary>
/// A run of lines being skipped: an initiatives list, or a section that holds no OKRs (notes, risks…).
/// A heading-started block ends at a heading of the same or a higher level, or at any objective or team heading;
/// a line-started one at the next line that is not a list item, or at a list item no deeper than the line that
/// started it; a slide's (<see cref="UntilRule"/>) at the rule after the slide.
/// </summary>
internal sealed class SkippedBlock(SourceLine start, string name, bool isInitiatives, int? headingLevel, int? itemDepth)
{
    /// <summary>Lines skipped so far; an <c>Initiatives: a, b</c> line counts its own content.</summary>
    public int Count { get; set; } = isInitiatives && name.Contains(':', StringComparison.Ordinal) && !name.TrimEnd().EndsWith(':') ? 1 : 0;

    /// <summary>
    /// True for a section of a deck's slide ("APPENDIX A: Q3 OKR SCORECARD" above a page of lines): it ends at the
    /// horizontal rule between slides (the reader ends it there) or at a heading, not at its next line.
    /// </summary>
    public bool UntilRule { get; init; }

    /// <summary>True when <paramref name="line"/> ends the block.</summary>
    public bool EndsAt(SourceLine line, string clean)
    {
        if (UntilRule)
        {
            return line.Kind == SourceLineKind.Heading;
        }

        if (headingLevel is { } level)
        {
            return line.Kind == SourceLineKind.Heading
                && (line.Level <= level || LineText.TryObjectivePrefix(clean, out _, out _) || UnitNames.Match(clean).IsUnit);
        }

        if (line.Kind == SourceLineKind.ListItem && LineKinds.IsPageLink(line.Content))
        {
            // "[Objective 1: …](#objective-1)" in a table of contents links to an objective; it is not one.
            return false;
        }

        return line.Kind != SourceLineKind.ListItem
            || (itemDepth is { } depth && line.Depth <= depth)
            || LineText.TryObjectivePrefix(clean, out _, out _)
            || LineText.TryKeyResultPrefix(line.Content, out _, out _);
    }

    /// <summary>Reports what was skipped; nothing when the block was empty.</summary>
    public void Report(DraftDocument document, DraftObjective? objective)
    {
        if (Count == 0)
        {
            return;
        }

        var where = document.At(start.Number, start.Column);
        var plural = Count == 1 ? "" : "s";
        if (isInitiatives)
        {
            var under = objective is null ? "" : $" under '{RowImporter.Preview(objective.Title)}'";
            document.Diagnostics.Info(ImportCodes.InitiativesSkipped, where, $"{Count} initiative{plural}{under} skipped: initiatives are work, not key results", "keep initiatives in roadmap.yaml and link them to the key results they move");
            return;
        }

        document.Skipped(where, $"the section '{RowImporter.Preview(name)}' ({Count} line{plural}) holds no OKRs and was skipped", "nothing to do if it is notes; otherwise write its OKRs under an objective");
    }
}

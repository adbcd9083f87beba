namespace Throughline.Workspace.Import;

/// <summary>Looks at the lines after a heading or line to tell an objective (bullets follow) from a unit (objectives follow).</summary>
internal static class Lookahead
{
    /// <summary>
    /// What follows line <paramref name="index"/>, skipping blank, <c>Why:</c>, <c>Owner:</c>, badge and legend lines. Headings deeper
    /// than <paramref name="level"/> are sub-sections; others end the look. Prose is looked past only when
    /// <paramref name="pastProse"/> is set (under a heading, but not under a plain line).
    /// </summary>
    public static Following Of(IReadOnlyList<SourceLine> lines, int index, int level, bool pastProse)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.IsBlank)
            {
                continue;
            }

            var clean = LineText.Plain(line.Content);
            if (line.Kind != SourceLineKind.Heading && (clean.Length == 0 || LineKinds.TryWhy(clean, out _) || LineKinds.TryOwner(clean, out _) || LineKinds.IsBadgeOrLegend(line.Content)))
            {
                continue;
            }

            switch (line.Kind)
            {
                case SourceLineKind.Heading:
                    return line.Level <= level ? Following.Nothing
                        : LineKinds.IsKeyResultsMarker(clean) ? Following.KeyResults
                        : Following.SubHeadings;
                case SourceLineKind.ListItem:
                    // "1. VP Engineering: Make Remote Cache GA-ready." with its key results nested under it is a team's objective.
                    var hasChildren = lines.Skip(j + 1).FirstOrDefault(l => !l.IsBlank) is { Kind: SourceLineKind.ListItem } next && next.Depth > line.Depth;
                    return LineText.TryObjectivePrefix(clean, out _, out _) || TeamLine.TryRead(line.Content, requireKeyResults: !hasChildren) is not null
                        ? Following.Objectives
                        : Following.KeyResults;
                case SourceLineKind.TableRow:
                    var columns = new ColumnMap([.. line.Content.Trim('|').Split('|').Select(c => c.Trim())]);
                    return columns.Has(ColumnRole.Objective) ? Following.Objectives
                        : columns.Has(ColumnRole.KeyResult) ? Following.KeyResults
                        : Following.Nothing;
                default:
                    if (LineText.TryObjectivePrefix(clean, out _, out _) || LineText.IsBold(line.Content) || LineKinds.IsObjectivesMarker(clean))
                    {
                        return Following.Objectives;
                    }

                    if (LineText.TryKeyResultPrefix(line.Content, out _, out _) || LineKinds.IsKeyResultsMarker(clean))
                    {
                        return Following.KeyResults;
                    }

                    if (UnitNames.Match(clean).IsUnit)
                    {
                        return Following.SubHeadings;
                    }

                    if (!pastProse)
                    {
                        return Following.Nothing;
                    }

                    continue;
            }
        }

        return Following.Nothing;
    }

    /// <summary>
    /// True for a short line without numbers followed by a plain line that reads like a key result: the objective of a
    /// paste that lost its bullets.
    /// </summary>
    public static bool OpensUnmarkedList(IReadOnlyList<SourceLine> lines, int index, string clean) =>
        !clean.Any(char.IsDigit) && clean.Split(' ').Length <= 12 && !clean.EndsWith('.') && !clean.EndsWith(':')
        && index + 1 < lines.Count && lines[index + 1].Kind == SourceLineKind.Plain
        && LineKinds.LooksLikeKeyResult(LineText.Plain(lines[index + 1].Content)) && lines[index + 1].Content.Any(char.IsDigit);

    /// <summary>True when the next content line is a list item nested deeper than line <paramref name="index"/>.</summary>
    public static bool HasChildren(IReadOnlyList<SourceLine> lines, int index) => FirstChild(lines, index) is not null;

    /// <summary>True when the first item nested under line <paramref name="index"/> reads like a key result.</summary>
    public static bool ChildLooksLikeKeyResult(IReadOnlyList<SourceLine> lines, int index) =>
        FirstChild(lines, index) is { } child && LineKinds.LooksLikeKeyResult(LineText.Plain(child.Content)) && child.Content.Any(char.IsDigit);

    private static SourceLine? FirstChild(IReadOnlyList<SourceLine> lines, int index)
    {
        var depth = lines[index].Depth;
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (!lines[j].IsBlank)
            {
                return lines[j].Kind == SourceLineKind.ListItem && lines[j].Depth > depth ? lines[j] : null;
            }
        }

        return null;
    }
}

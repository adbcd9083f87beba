using Throughline.Core.Model;

namespace Throughline.Workspace.Import;

/// <summary>
/// Decides what a Markdown heading is: an objective (<c>### Objective 1: …</c>, or any heading with bullets under
/// it), a unit (<c>## Growth team</c>, or a short name with objectives or deeper headings under it), a section to skip
/// (initiatives, notes, risks…), or a title.
/// </summary>
internal static class HeadingReader
{
    public static void Read(OkrOutline outline, DraftDocument document, IReadOnlyList<SourceLine> lines, int index, string clean, string? owner)
    {
        var line = lines[index];
        if (LineText.TryObjectivePrefix(clean, out var id, out var title))
        {
            outline.Units.LeaveBelowHeading(line.Level);
            outline.StartObjective(title, id, owner, line, ObjectiveAnchor.Line);
            return;
        }

        if (LineKinds.IsKeyResultsMarker(clean) || LineKinds.IsObjectivesMarker(clean))
        {
            return;
        }

        if (LineKinds.IsInitiatives(clean) || LineKinds.IsOtherSection(clean))
        {
            outline.StartSkipping(line, clean, LineKinds.IsInitiatives(clean), line.Level, itemDepth: null);
            return;
        }

        if (LineText.TryKeyResultPrefix(line.Content, out _, out _))
        {
            outline.AddKeyResult(line.Content, line, line.Column);
            return;
        }

        var unit = UnitNames.Match(clean);
        var following = Lookahead.Of(lines, index, line.Level, pastProse: true);
        var holdsObjectives = following is Following.Objectives or Following.SubHeadings;
        if (unit.IsUnit)
        {
            outline.StartUnit(unit.Name, unit.Known || line.Level > 1 ? unit.Kind : UnitKind.Company, line, line.Level);
        }
        else if (holdsObjectives && UnitNames.IsNameLike(UnitNames.Residue(clean)) && UnitNames.Residue(clean) is { Length: > 0 } name)
        {
            // "## Engineering — H1 2027" over objective headings names the team; the cycle is read on its own.
            outline.StartUnit(name, UnitNames.KindOf(name) ?? (line.Level == 1 ? UnitKind.Company : UnitKind.ProductTeam), line, line.Level);
        }
        else if (following == Following.KeyResults && !unit.IsTitle)
        {
            outline.Units.LeaveBelowHeading(line.Level);
            outline.StartObjective(clean, null, owner, line, ObjectiveAnchor.Line);
        }
        else
        {
            outline.Units.Leave(line.Level);
            outline.Close();
            if (!unit.IsTitle && !holdsObjectives)
            {
                document.Skipped(document.At(line.Number, line.Column), $"the heading '{RowImporter.Preview(clean)}' has no objectives or key results under it and was skipped", "put bullets (its key results) under an objective heading, or objective headings under a team heading");
            }
        }
    }
}

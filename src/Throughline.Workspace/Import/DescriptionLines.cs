namespace Throughline.Workspace.Import;

/// <summary>
/// Lines that say something about the open objective or key result rather than being one: <c>Why:</c>/<c>So that</c>,
/// <c>Owner:</c>, <c>Unit:</c>/<c>Team:</c> right under an objective, <c>Baseline:</c>/<c>Target:</c>/<c>Dashboard:</c> under a key result, <c>Initiatives:</c> (which starts skipping), and
/// <c>Key results:</c>/<c>Objectives:</c> announcements.
/// </summary>
internal static class DescriptionLines
{
    /// <summary>Applies the line when it is one of these; false when it is not.</summary>
    /// <param name="outline">Where the reader is.</param>
    /// <param name="line">The line.</param>
    /// <param name="clean">The line's cleaned content.</param>
    /// <param name="ofKeyResult">An owner line names the latest key result's owner rather than the objective's.</param>
    public static bool TryApply(OkrOutline outline, SourceLine line, string clean, bool ofKeyResult)
    {
        if (LineKinds.IsInitiatives(clean))
        {
            outline.StartSkipping(line, clean, isInitiatives: true, headingLevel: null, itemDepth: line.Kind == SourceLineKind.ListItem ? line.Depth : null);
        }
        else if (LineKinds.TryWhy(clean, out var why))
        {
            outline.SetWhy(why, line);
        }
        else if (LineKinds.TryOwner(clean, out var owner))
        {
            outline.SetOwner(owner, line, ofKeyResult);
        }
        else if (LineKinds.TryUnitProperty(clean, out var unit) && outline.SetUnit(unit, line))
        {
            return true;
        }
        else if (ofKeyResult && LineKinds.TryValue(clean, out var field, out var value) && outline.SetValue(field, value, line))
        {
            return true;
        }
        else if (ofKeyResult && LineKinds.TryDashboard(line.Content, out var dashboard) && outline.SetDashboard(dashboard))
        {
            return true;
        }
        else if (!LineKinds.IsKeyResultsMarker(clean) && !LineKinds.IsObjectivesMarker(clean))
        {
            return false;
        }

        return true;
    }
}

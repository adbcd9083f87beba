using System.Globalization;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Roadmap;

/// <summary>One export row to one initiative, reporting every cell it cannot read with the row's file and line.</summary>
internal static class RowReader
{
    private static readonly char[] ListSeparators = [',', ';', ' ', '\n'];

    public static Initiative? Read(RoadmapHeader header, string[] fields, SourceRef where, RoadmapImportOptions options, DiagnosticBag diagnostics)
    {
        if (fields.Length != header.Width)
        {
            diagnostics.Error(
                DiagnosticCodes.MalformedCsv,
                where,
                $"row has {fields.Length} fields but the header has {header.Width}",
                "quote values that contain commas or line breaks (\"a, b\") and export again; do not edit the CSV by hand in a text editor");
            return null;
        }

        string? Cell(int? index) => index is { } i && i < fields.Length && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i].Trim() : null;
        var id = Cell(header.Key);
        var title = Cell(header.Title);
        if (id is null || title is null)
        {
            diagnostics.Warning(RoadmapImportCodes.SkippedRow, where, $"row has no {(id is null ? "key" : "title")}; skipped", "give every row its issue key and title");
            return null;
        }

        var unit = Unit(Cell(header.Team), options);
        var description = Cell(header.Description)?.ReplaceLineEndings("\n");
        var labels = header.Labels.Select(i => Cell(i)).OfType<string>()
            .SelectMany(l => header.Source == RoadmapSource.Linear ? l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [l])
            .ToList();
        var group = Cell(header.Group);
        var references = new KrReferences(options.Objectives);
        var impacts = new List<KrImpact>();
        foreach (var (place, text) in labels.Select(l => ("label", l)).Append(("title", title)).Append(("description", description ?? string.Empty)))
        {
            foreach (var (found, expected, written, problem) in references.Find(text, unit))
            {
                if (found is null)
                {
                    diagnostics.Warning(RoadmapImportCodes.UnknownKr, where, $"{id}: KR reference '{written}' in the {place}: {problem}", "write the KR as scope/O1-KR2, as in the workspace (throughline show lists them)");
                }
                else if (impacts.All(i => i.KeyResult != found))
                {
                    impacts.Add(new KrImpact { KeyResult = found, Expected = expected, Rationale = $"referenced as '{written}' in the {place}" });
                }
            }
        }

        return new Initiative
        {
            Id = id,
            Title = title,
            Description = description,
            Unit = unit,
            Cycle = options.Cycle,
            Status = Status(Cell(header.Status), id, where, diagnostics),
            ExpectedCompletion = Due(Cell(header.Due), id, where, diagnostics),
            Effort = Effort(Cell(header.Duration), Cell(header.Points), id, where, options, diagnostics),
            Impacts = impacts,
            DependsOn = [.. header.DependsOn.Select(i => Cell(i)).OfType<string>().SelectMany(d => d.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal)],
            Labels = [.. labels.Where(l => !references.Find(l, unit).Any()), .. group is null ? [] : new[] { group }],
            Origin = where,
        };
    }

    private static string Unit(string? team, RoadmapImportOptions options)
    {
        if (team is null)
        {
            return "unassigned";
        }

        var known = options.Units.FirstOrDefault(u => string.Equals(u.Id, team, StringComparison.OrdinalIgnoreCase) || string.Equals(u.Name, team, StringComparison.OrdinalIgnoreCase));
        return known?.Id ?? RoadmapValues.Slug(team);
    }

    private static InitiativeStatus Status(string? text, string id, SourceRef where, DiagnosticBag diagnostics)
    {
        if (text is null)
        {
            return InitiativeStatus.Planned;
        }

        if (RoadmapValues.Status(text) is { } status)
        {
            return status;
        }

        diagnostics.Warning(RoadmapImportCodes.UnknownStatus, where, $"{id}: status '{text}' is not in the mapping; taken as planned", "use a status such as To Do, In Progress, Done, Blocked or Canceled (docs/cli.md lists the mapping)");
        return InitiativeStatus.Planned;
    }

    private static DateOnly? Due(string? text, string id, SourceRef where, DiagnosticBag diagnostics)
    {
        if (text is null)
        {
            return null;
        }

        if (RoadmapValues.TryDate(text, out var date))
        {
            return date;
        }

        diagnostics.Warning(RoadmapImportCodes.BadDate, where, $"{id}: due date '{text}' is in no supported format; no expected completion", "use 2026-12-04 (ISO) or Jira's 04/Dec/26");
        return null;
    }

    private static double? Effort(string? duration, string? points, string id, SourceRef where, RoadmapImportOptions options, DiagnosticBag diagnostics)
    {
        if (duration is not null)
        {
            if (RoadmapValues.TryHours(duration, options.HoursPerWeek, out var hours))
            {
                return Math.Round(hours / options.HoursPerWeek, 2);
            }

            diagnostics.Warning(RoadmapImportCodes.BadEstimate, where, $"{id}: original estimate '{duration}' is neither seconds nor a duration like 2w 3d", "export estimates in seconds (Jira's default) or as 1w 2d 4h");
        }

        if (points is null)
        {
            return null;
        }

        if (RoadmapValues.TryNumber(points, out var value))
        {
            return Math.Round(value / options.PointsPerWeek, 2);
        }

        diagnostics.Warning(RoadmapImportCodes.BadEstimate, where, string.Create(CultureInfo.InvariantCulture, $"{id}: estimate '{points}' is not a number; no effort"), "write story points as a number (3, 0.5)");
        return null;
    }
}

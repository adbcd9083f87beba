using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Roadmap;

/// <summary>
/// Reads a Jira or Linear CSV export into initiatives through the column mapping of <see cref="RoadmapColumns"/>:
/// quoted and multi-line fields, repeated Labels columns (Jira writes one per label), a byte-order mark, and KR
/// references in labels, title or description taken as explicit links. Every problem names the file and line.
/// </summary>
public static class RoadmapCsvImporter
{
    /// <summary>Imports <paramref name="text"/> (the content of <paramref name="file"/>).</summary>
    public static RoadmapImportResult Import(string text, string file, RoadmapImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, DetectDelimiter = true, TrimOptions = TrimOptions.None };
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        using var parser = new CsvParser(reader, config);
        var initiatives = new List<Initiative>();
        RoadmapHeader? header = null;
        var previousEnd = 0;
        try
        {
            while (parser.Read())
            {
                var line = previousEnd + 1;
                previousEnd = parser.RawRow;
                var fields = parser.Record ?? [];
                if (header is null)
                {
                    header = RoadmapHeader.Read(fields, file, line, diagnostics);
                    if (header is null)
                    {
                        return new RoadmapImportResult(null, [], diagnostics.Sorted());
                    }

                    continue;
                }

                if (fields.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (RowReader.Read(header, fields, new SourceRef(file, line, 1), options, diagnostics) is { } initiative)
                {
                    if (initiatives.Any(i => string.Equals(i.Id, initiative.Id, StringComparison.OrdinalIgnoreCase)))
                    {
                        diagnostics.Warning(RoadmapImportCodes.SkippedRow, initiative.Origin, $"{initiative.Id} appears twice; the later row is skipped", "export each issue once");
                        continue;
                    }

                    initiatives.Add(initiative);
                }
            }
        }
        catch (CsvHelperException ex)
        {
            var where = new SourceRef(file, Math.Max(1, previousEnd), 1);
            diagnostics.Error(DiagnosticCodes.MalformedCsv, where, $"malformed CSV: {FirstLine(ex.Message)}", "close every quoted value with a matching '\"' and double quotes inside quoted values (\"\"), then export again");
            return new RoadmapImportResult(header?.Source, initiatives, diagnostics.Sorted());
        }

        if (header is null)
        {
            diagnostics.Error(DiagnosticCodes.MalformedCsv, new SourceRef(file, 1, 1), "the file is empty", "export the issues as CSV with the header line (Jira: Summary, Issue key, ...; Linear: Title, ID, ...)");
        }

        return new RoadmapImportResult(header?.Source, initiatives, diagnostics.Sorted());
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

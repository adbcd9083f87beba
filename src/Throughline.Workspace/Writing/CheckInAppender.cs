using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Throughline.Core.Model;

namespace Throughline.Workspace.Writing;

/// <summary>
/// Appends one check-in to a workspace's <c>checkins.csv</c> atomically: the whole new file is written to a
/// temporary file beside it, flushed to disk, then moved over the old one, so a crash at any point leaves either the
/// previous file or the new one, never a half-written row.
/// </summary>
public static class CheckInAppender
{
    /// <summary>The check-ins file name.</summary>
    public const string FileName = "checkins.csv";

    private static readonly string[] Header = ["kr", "date", "value", "confidence", "note", "risks", "author"];

    /// <summary>
    /// Appends <paramref name="checkIn"/> to <c>checkins.csv</c> under <paramref name="folder"/> (creating it with a header
    /// when missing). <paramref name="beforeCommit"/> runs after the temporary file is complete and before it replaces
    /// the old one (tests use it to simulate a crash there). Returns the file's path.
    /// </summary>
    public static string Append(string folder, CheckIn checkIn, Action<string>? beforeCommit = null)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var path = Path.Join(folder, FileName);
        var existing = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.Write(existing);
        if (existing.Length > 0 && !existing.EndsWith('\n'))
        {
            text.Write('\n');
        }

        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true))
        {
            if (existing.Length == 0)
            {
                foreach (var column in Header)
                {
                    csv.WriteField(column);
                }

                csv.NextRecord();
            }

            csv.WriteField(checkIn.KeyResult.ToString());
            csv.WriteField(checkIn.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(checkIn.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            csv.WriteField(checkIn.Confidence is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : string.Empty);
            csv.WriteField(checkIn.Note ?? string.Empty);
            csv.WriteField(checkIn.Risks ?? string.Empty);
            csv.WriteField(checkIn.Author ?? string.Empty);
            csv.NextRecord();
        }

        var temporary = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text.ToString());
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        beforeCommit?.Invoke(temporary);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}

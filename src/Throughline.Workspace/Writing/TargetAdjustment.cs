using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Workspace.Writing;

/// <summary>
/// A formal target change (<c>throughline adjust</c>): the KR's OKR file with the new target (and the old target in
/// its text replaced when the text states it once), a snapshot of the KR as it was, and a decision-log entry with the
/// previous and new targets. The edit is a text patch of the KR's block, so comments and layout elsewhere survive.
/// </summary>
public static partial class TargetAdjustment
{
    /// <summary>The files to write (workspace-relative path to full content) and notes for the user.</summary>
    /// <param name="Files">New contents of the OKR file, the snapshot and decisions.yaml.</param>
    /// <param name="Notes">What was changed or could not be changed automatically.</param>
    public sealed record Result(IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> Notes);

    /// <summary>Plans the change of <paramref name="keyResult"/>'s target to <paramref name="newTarget"/>; null when the KR's file cannot be patched.</summary>
    public static Result? Plan(string folder, KeyResult keyResult, double newTarget, string why, string? who, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        if (keyResult.Origin is not { Line: > 0 } origin)
        {
            return null;
        }

        var okrPath = Path.IsPathRooted(origin.File) ? origin.File : Path.Join(folder, origin.File);
        if (!File.Exists(okrPath))
        {
            return null;
        }

        var lines = File.ReadAllText(okrPath).ReplaceLineEndings("\n").Split('\n').ToList();
        var start = origin.Line - 1;
        var dash = lines[start].IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return null;
        }

        var end = start + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || Indent(lines[end]) > dash))
        {
            end++;
        }

        var block = lines.GetRange(start, end - start);
        var field = new string(' ', dash + 2);
        var notes = new List<string>();
        var previous = keyResult.EffectiveTarget;
        var value = newTarget.ToString(CultureInfo.InvariantCulture);
        var targetLine = lines.FindIndex(start, end - start, l => l.StartsWith(field + "target:", StringComparison.Ordinal));
        if (targetLine >= 0)
        {
            lines[targetLine] = $"{field}target: {value}";
        }
        else
        {
            var textLine = lines.FindIndex(start, end - start, l => l.TrimStart().StartsWith("text:", StringComparison.Ordinal));
            lines.Insert(textLine >= 0 ? textLine + 1 : start + 1, $"{field}target: {value}");
            end++;
        }

        if (previous is { } old)
        {
            var number = NumberIn(old);
            var textIndex = lines.FindIndex(start, end - start, l => l.TrimStart().StartsWith("text:", StringComparison.Ordinal));
            if (textIndex >= 0 && number.Matches(lines[textIndex]).Count == 1)
            {
                lines[textIndex] = number.Replace(lines[textIndex], value);
                notes.Add($"the KR text now says {value} instead of {old.ToString(CultureInfo.InvariantCulture)}");
            }
            else
            {
                notes.Add("the KR text does not state the old target once as a plain number: update it by hand if it states the target");
            }
        }

        var reference = keyResult.Ref.ToString();
        var stamp = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var snapshotPath = $"snapshots/{stamp}-{reference.Replace('/', '-')}.yaml";
        var snapshot = $"# {reference} before the target change of {stamp} (from {Path.GetRelativePath(folder, okrPath)}:{origin.Line}).\n" +
            string.Join("\n", block.Select(l => l.Length >= dash ? l[dash..] : l.TrimStart())).TrimEnd() + "\n";
        var decisionsPath = Path.Join(folder, "decisions.yaml");
        var decisions = File.Exists(decisionsPath) ? File.ReadAllText(decisionsPath).ReplaceLineEndings("\n") : "decisions:\n";
        var entry = $"  - date: {stamp}\n" +
            $"    what: {Quote($"Changed the {reference} target from {previous?.ToString(CultureInfo.InvariantCulture) ?? "none"} to {value}")}\n" +
            $"    why: {Quote(why)}\n" +
            (who is null ? "" : $"    who: {Quote(who)}\n") +
            $"    affects: [{reference}]\n" +
            (previous is { } p ? $"    previous_target: {p.ToString(CultureInfo.InvariantCulture)}\n" : "") +
            $"    new_target: {value}\n";
        var files = new Dictionary<string, string>
        {
            [Path.GetRelativePath(folder, okrPath)] = string.Join("\n", lines),
            [snapshotPath] = snapshot,
            ["decisions.yaml"] = decisions.TrimEnd('\n') + "\n\n" + entry,
        };
        notes.Add($"snapshot of the previous KR in {snapshotPath}");
        return new Result(files, notes);
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static Regex NumberIn(double value) =>
        new($@"(?<![\d.]){Regex.Escape(value.ToString(CultureInfo.InvariantCulture))}(?![\d.])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

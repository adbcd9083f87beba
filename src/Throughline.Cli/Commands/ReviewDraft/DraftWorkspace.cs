using System.Text.RegularExpressions;
using Spectre.Console;
using Throughline.Cli.Output;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Workspace.Loading;

namespace Throughline.Cli.Commands.ReviewDraft;

/// <summary>
/// Loads a workspace with a written draft in place of the unit's OKR file(s) for the draft's cycle: the workspace is
/// copied to a temporary folder without its drafts/ and the replaced OKR files, the draft goes into okrs/, and the
/// copy is loaded and validated like any workspace. The temporary folder is deleted afterwards.
/// </summary>
internal static partial class DraftWorkspace
{
    public sealed record Loaded(OkrWorkspace Workspace, string Unit, string Cycle, int ReplacedReferences);

    public static Loaded? TryLoad(CliContext context, string file, string workspacePath)
    {
        var text = File.ReadAllText(file);
        if (TopLevel(text, "unit") is not { } unit)
        {
            context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(file)} has no top-level 'unit:': it is not a unit's OKR file (see docs/workspace-format.md).");
            return null;
        }

        if (!WorkspaceGate.TryLoad(context, workspacePath, out var original, out _))
        {
            return null;
        }

        var cycle = TopLevel(text, "cycle") ?? original.CurrentCycle;
        var folder = Path.Join(Path.GetTempPath(), "throughline-review-draft-" + Guid.NewGuid().ToString("N"));
        try
        {
            Copy(workspacePath, folder, unit, cycle);
            File.WriteAllText(Path.Join(folder, "okrs", $"zz-draft-{unit}.yaml"), text);
            var loaded = WorkspaceLoader.Load(folder);
            var draftErrors = loaded.Diagnostics.Where(d => d.Severity == Severity.Error && d.Where?.File.Contains("zz-draft-", StringComparison.Ordinal) == true).ToList();
            if (loaded.Workspace is null || draftErrors.Count > 0)
            {
                foreach (var error in draftErrors)
                {
                    context.Error.MarkupLine($"[red]{Markup.Escape(file)}:{error.Where?.Line}:{error.Where?.Column}: error {Markup.Escape(error.Code)}:[/] {Markup.Escape(error.Message)} [dim]fix: {Markup.Escape(error.Fix)}[/]");
                }

                context.Error.MarkupLine($"[red]{Markup.Escape(file)} could not be read as OKRs of {Markup.Escape(unit)}.[/]");
                return null;
            }

            // Check-ins, roadmap moves or grades that point at the KRs the draft replaces are expected, not errors of the draft.
            var replaced = loaded.Diagnostics.Count(d => d.Severity == Severity.Error);
            return new Loaded(loaded.Workspace with { }, unit, cycle, replaced);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void Copy(string from, string to, string unit, string cycle)
    {
        foreach (var source in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, source);
            var inOkrs = relative.StartsWith("okrs" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (relative.StartsWith("drafts" + Path.DirectorySeparatorChar, StringComparison.Ordinal) ||
                (inOkrs && TopLevel(File.ReadAllText(source), "unit") == unit && (TopLevel(File.ReadAllText(source), "cycle") ?? cycle) == cycle))
            {
                continue;
            }

            var target = Path.Join(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        Directory.CreateDirectory(Path.Join(to, "okrs"));
    }

    private static string? TopLevel(string yaml, string key) =>
        TopLevelKey().Matches(yaml).FirstOrDefault(m => m.Groups[1].Value == key)?.Groups[2].Value.Trim().Trim('"', '\'');

    [GeneratedRegex(@"^(unit|cycle):[ \t]*([^\r\n#]+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelKey();
}

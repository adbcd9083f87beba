using System.Text.RegularExpressions;
using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Workspace.Import;

/// <summary>
/// Reads OKRs written as Markdown or pasted as plain text, line by line: headings, bold lines, <c>Objective:</c>/<c>KR1:</c>
/// prefixes, bullets and numbered lists, "Team: objective. KR; KR" lines, pipe tables. Anything that fits no structure
/// is reported, never dropped silently.
/// </summary>
internal sealed partial class TextDocumentReader
{
    private readonly DraftDocument _document;
    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly KrParseContext _context;
    private readonly OkrOutline _outline;
    private bool _afterOkrLine;
    private bool _inProse;
    private bool _blankBefore;

    /// <summary>Progress, confidence and status lines left out, reported once at the end.</summary>
    private readonly List<int> _checkInLines = [];
    private readonly List<int> _footnoteLines = [];

    /// <summary>The objective a heading just opened, while no key result is under it: prose there is its context.</summary>
    private DraftObjective? _headingObjective;

    /// <summary>Lines whose end scored them ("=> 64%"), reported once at the end.</summary>
    private readonly List<int> _scoredLines = [];

    private TextDocumentReader(string text, DraftDocument document, KrParseContext context)
    {
        _document = document;
        _lines = WithoutScoresAndIssueLinks(SkipFrontMatter(SourceLineReader.Read(text), document));
        _context = context;
        _outline = new OkrOutline(document, _lines);
    }

    /// <summary>
    /// A page's front matter (<c>---</c>, <c>title: "FY26-Q2 OKRs"</c>, …, <c>---</c> at the very top): the page's
    /// settings, not OKRs. Its lines become blank, and it is said once.
    /// </summary>
    private static List<SourceLine> SkipFrontMatter(IReadOnlyList<SourceLine> source, DraftDocument document)
    {
        var lines = source as List<SourceLine> ?? [.. source];
        var first = lines.FindIndex(l => l.Kind != SourceLineKind.Blank);
        var end = first >= 0 && lines[first].Kind == SourceLineKind.Rule ? lines.FindIndex(first + 1, l => l.Kind == SourceLineKind.Rule) : -1;
        if (end < 0 || end - first > 40 || !lines.Skip(first + 1).Take(end - first - 1).All(l => l.Kind == SourceLineKind.Blank || FrontMatterLine().IsMatch(l.Content)))
        {
            return lines;
        }

        document.Skipped(document.At(lines[first].Number, 1), $"the page's front matter (lines {lines[first].Number}-{lines[end].Number}) was skipped", "nothing to do: name the cycle in the title or pass --cycle");
        return [.. lines.Select((l, i) => i >= first && i <= end ? new SourceLine(l.Number, SourceLineKind.Blank, "", 1) : l)];
    }

    /// <summary>
    /// A score a handbook writes at the end of a line ("… => 64% (12 of 17)", "=> ???") is progress, not the plan;
    /// a link to the tracker's issue or epic ("[ferrite/okrs#812](…)", "[epic &amp;212](…)") is where it is discussed.
    /// Both are taken out of the line before it is read; the scores are said once.
    /// </summary>
    private List<SourceLine> WithoutScoresAndIssueLinks(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        foreach (var line in lines)
        {
            var content = IssueLink().Replace(line.Content, "");
            var score = ScoreSuffix().Match(content);
            if (score.Success)
            {
                _scoredLines.Add(line.Number);
                content = content[..score.Index];
            }

            result.Add(content.Length == line.Content.Length ? line : line with { Content = content.TrimEnd() });
        }

        return result;
    }

    [GeneratedRegex(@"^[A-Za-z_][\w\-]*\s*:(?:\s.*)?$")]
    private static partial Regex FrontMatterLine();

    [GeneratedRegex(@"\s+=>\s*(?:\d{1,3}(?:\.\d+)?\s*%|0?\.\d+|1\.0|\?+)\s*(?:\(.*\))?\s*$")]
    private static partial Regex ScoreSuffix();

    [GeneratedRegex(@"\s*\[(?:[\w.\-]+/)*[\w.\-]*#\d+\]\([^)\s]*\)|\s*\[(?:epic\s+)?&\d+\]\([^)\s]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex IssueLink();

    public static void Read(string text, DraftDocument document, KrParseContext context) =>
        new TextDocumentReader(text, document, context).Run();

    private void Run()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (line.Number == _outline.TitleLine)
            {
                continue;
            }

            if (line.Kind == SourceLineKind.Blank)
            {
                _inProse = false;
                _blankBefore = true;
                continue;
            }

            if (line.Kind == SourceLineKind.Rule)
            {
                _blankBefore = true;
                // A horizontal rule ends the list before it: a line after it is not one more key result; between a
                // deck's slides it ends the slide being skipped.
                _afterOkrLine = false;
                _inProse = false;
                if (_outline.Skipping is { UntilRule: true })
                {
                    _outline.EndSkipping();
                }

                continue;
            }

            var clean = LineText.Clean(line.Content, out var owner);
            if (_outline.Skipping is { } skipping)
            {
                if (!skipping.EndsAt(line, clean))
                {
                    skipping.Count++;
                    continue;
                }

                _outline.EndSkipping();
            }

            if (LineKinds.IsCheckInProperty(line.Content) && line.Kind is SourceLineKind.ListItem or SourceLineKind.Plain)
            {
                _checkInLines.Add(line.Number);
                continue;
            }

            if (line.Kind == SourceLineKind.Plain && LineText.IsFootnoteOrPageNumber(line.Content))
            {
                // A deck's or a printed page's footnotes and page numbers: "¹ Auto-match = …", "6".
                _footnoteLines.Add(line.Number);
                continue;
            }

            if (line.Kind is SourceLineKind.Plain or SourceLineKind.ListItem && LineKinds.IsBadgeOrLegend(line.Content))
            {
                // A README's badges, or the legend of its priority tags ("**P0** = must happen this quarter").
                var what = line.Content.Contains(" = ", StringComparison.Ordinal) ? "legend line" : "badges";
                _document.Skipped(_document.At(line.Number, line.Column), $"the {what} '{RowImporter.Preview(line.Content)}' {(what == "badges" ? "were" : "was")} skipped", "nothing to do: they are not OKRs");
                continue;
            }

            if (clean.Length == 0 && line.Kind != SourceLineKind.TableRow)
            {
                if (owner is not null)
                {
                    _outline.SetOwner(owner, line, ofKeyResult: line.Kind != SourceLineKind.ListItem || line.Depth > _outline.LastKeyResultDepth);
                }

                continue;
            }

            switch (line.Kind)
            {
                case SourceLineKind.Heading:
                    _afterOkrLine = false;
                    _inProse = false;
                    HeadingReader.Read(_outline, _document, _lines, i, clean, owner);
                    _headingObjective = _outline.Objective is { KeyResults.Count: 0 } opened && opened.Origin.Line == line.Number ? opened : null;
                    break;
                case SourceLineKind.TableRow:
                    i = Table(i);
                    break;
                case SourceLineKind.ListItem:
                    ListItem(i, line, clean, owner);
                    break;
                default:
                    Plain(i, line, clean, owner);
                    break;
            }

            _blankBefore = false;
        }

        _outline.EndSkipping();
        if (_scoredLines.Count > 0)
        {
            _document.Skipped(
                _document.At(_scoredLines[0], 1),
                $"{_scoredLines.Count} score{(_scoredLines.Count == 1 ? " was" : "s were")} left out at the end of their lines ('=> 64%'; lines {string.Join(", ", _scoredLines.Take(8))}{(_scoredLines.Count > 8 ? ", …" : "")})",
                "record progress as check-ins (throughline check-in), not in the OKR text");
        }

        if (_footnoteLines.Count > 0)
        {
            _document.Skipped(
                _document.At(_footnoteLines[0], 1),
                $"{_footnoteLines.Count} footnote or page-number line{(_footnoteLines.Count == 1 ? " was" : "s were")} left out (lines {string.Join(", ", _footnoteLines.Take(8))}{(_footnoteLines.Count > 8 ? ", …" : "")})",
                "write what a footnote says about a key result into its text, if it matters");
        }

        if (_checkInLines.Count > 0)
        {
            var plural = _checkInLines.Count == 1 ? " was" : "s were";
            _document.Skipped(
                _document.At(_checkInLines[0], 1),
                $"{_checkInLines.Count} progress, confidence or status line{plural} left out (lines {string.Join(", ", _checkInLines.Take(8))}{(_checkInLines.Count > 8 ? ", …" : "")})",
                "record progress as check-ins (throughline check-in), not in the OKR text");
        }
    }

    private int Table(int i)
    {
        var end = i;
        while (end + 1 < _lines.Count && _lines[end + 1].Kind == SourceLineKind.TableRow)
        {
            end++;
        }

        var rows = _lines.Skip(i).Take(end - i + 1).ToList();
        _outline.ContinueWith(MarkdownTable.Read(rows, _document, _context, _outline.Units.Current, _outline.Objective));
        _afterOkrLine = false;
        return end;
    }

    private void ListItem(int i, SourceLine line, string clean, string? owner)
    {
        _inProse = false;
        _afterOkrLine = true;
        if (!_outline.HasContent && LineKinds.IsLinkOnly(line.Content))
        {
            // "1. [Information Technology Services](index.html)": a wiki page's breadcrumbs above its title.
            _outline.StartSkipping(line, "page navigation", isInitiatives: false, headingLevel: null, itemDepth: -1);
            _outline.Skipping!.Count++;
            return;
        }

        if (line.Depth == 0 && LineText.IsStruckThrough(line.Content) && !LineText.TryKeyResultPrefix(line.Content, out _, out _)
            && TeamLine.TryRead(line.Content.Replace("~~", "", StringComparison.Ordinal), requireKeyResults: false) is { } struck)
        {
            // "~~Product: Launch Ferrite for Bazel.~~ (deprioritized …)": a team's objective crossed out, with what was under it.
            _document.Skipped(_document.At(line.Number, line.Column), $"the objective '{RowImporter.Preview(struck.Title)}' of {struck.Team} is struck through and was read as dropped", "delete the line, or remove the ~~ if it still counts");
            _outline.StartSkipping(line, $"dropped objective '{struck.Title}'", isInitiatives: false, headingLevel: null, itemDepth: line.Depth);
            return;
        }

        if (LineKinds.IsPageLink(line.Content))
        {
            // A table of contents: links to the page's own sections, not objectives.
            if (_outline.Objective is null)
            {
                _outline.StartSkipping(line, "table of contents", isInitiatives: false, headingLevel: null, itemDepth: -1);
                _outline.Skipping!.Count++;
            }
            else
            {
                _document.Skipped(_document.At(line.Number, line.Column), $"the link '{RowImporter.Preview(clean)}' only points within the page and was skipped", "nothing to do if it is navigation");
            }

            return;
        }

        if (DescriptionLines.TryApply(_outline, line, clean, line.Depth > _outline.LastKeyResultDepth))
        {
            return;
        }

        if (LineText.TryObjectivePrefix(clean, out var id, out var title))
        {
            _outline.StartObjective(title, id, owner, line, ObjectiveAnchor.PrefixedItem);
            return;
        }

        if (LineText.TryKeyResultPrefix(line.Content, out _, out _))
        {
            _outline.AddKeyResult(line.Content, line, line.Column);
            return;
        }

        if (TeamLine.TryReadBold(line.Content) is { } boldTeam)
        {
            _outline.StartTeamLine(boldTeam, line, UnitStack.ItemDepth + line.Depth, ObjectiveAnchor.NestingItem);
            return;
        }

        if (UnitNames.Match(clean) is { IsUnit: true, Known: true } unit && !LineKinds.LooksLikeKeyResult(clean))
        {
            _outline.StartUnit(unit.Name, unit.Kind, line, UnitStack.ItemDepth + line.Depth);
            return;
        }

        var hasChildren = Lookahead.HasChildren(_lines, i);
        var isKeyResult = _outline.Objective is not null
            && !(_outline.Anchor == ObjectiveAnchor.NestingItem && line.Depth <= _outline.AnchorDepth)
            && !(hasChildren && !clean.Any(char.IsDigit) && Lookahead.ChildLooksLikeKeyResult(_lines, i));
        if (TeamLine.TryRead(line.Content, requireKeyResults: isKeyResult || !hasChildren) is { } team)
        {
            _outline.StartTeamLine(team, line, UnitStack.ItemDepth + line.Depth, ObjectiveAnchor.NestingItem);
            return;
        }

        if (!isKeyResult)
        {
            if (_outline.Objective is not null || hasChildren)
            {
                _outline.StartObjective(clean, null, owner, line, ObjectiveAnchor.NestingItem);
            }
            else
            {
                _document.Unplaced(_document.At(line.Number, line.Column), $"the bullet '{RowImporter.Preview(clean)}' comes before any objective and was skipped", "put an objective line (e.g. 'Objective: …' or a heading) above it, or nest it under one");
            }

            return;
        }

        if (_outline.LastKeyResult is not null && line.Depth > _outline.LastKeyResultDepth && line.IsTask)
        {
            _document.Skipped(_document.At(line.Number, line.Column), $"the task '{RowImporter.Preview(clean)}' under a key result was read as an initiative and skipped", "keep initiatives in roadmap.yaml and link them to the key results they move");
            return;
        }

        if (_outline.LastKeyResult is not null && line.Depth > _outline.LastKeyResultDepth)
        {
            _document.Skipped(_document.At(line.Number, line.Column), $"the note '{RowImporter.Preview(clean)}' under a key result was skipped", "write it into the key result's text, or make it a key result of its own");
            return;
        }

        _outline.AddKeyResult(line.Content, line, line.Column);
    }

    private void Plain(int i, SourceLine line, string clean, string? owner)
    {
        if (DescriptionLines.TryApply(_outline, line, clean, ofKeyResult: true))
        {
            _afterOkrLine = true;
            return;
        }

        if (!_outline.HasContent && _outline.Objective is null && LineKinds.IsShouted(clean) && !LineText.TryObjectivePrefix(clean, out _, out _))
        {
            // "GRIDWELL ENERGY — CUSTOMER OPERATIONS", "FY26 H2 PLANNING (APR – SEP 2026)": a deck's title lines.
            _document.Skipped(_document.At(line.Number, line.Column), $"the line '{RowImporter.Preview(clean)}' was read as the document's title", "put the team in a heading ('## Team: Customer Operations') if it names one");
            _afterOkrLine = false;
            return;
        }

        if (LineKinds.TryDependency(clean, out var provider))
        {
            var under = _outline.Objective is { } open ? $" of '{RowImporter.Preview(open.Title)}'" : "";
            _document.Skipped(_document.At(line.Number, line.Column), $"the dependency{under} on '{RowImporter.Preview(provider)}' was not imported", "add it to dependencies.yaml (the unit asked, what is asked, the key result it serves) so conflicts can check it");
            _afterOkrLine = true;
            return;
        }

        if (LineKinds.IsOtherSection(clean) || ((LineText.IsBold(line.Content) || clean.EndsWith(':')) && LineKinds.IsInitiatives(clean)))
        {
            // "**Table of contents**", "**Risks**", "A few notes:": a section of notes, not an objective.
            // A slide's title in capitals: the slide runs to the rule after it (an appendix, to the end).
            var slide = LineKinds.IsShouted(clean) && (_lines.Skip(i + 1).Any(l => l.Kind == SourceLineKind.Rule) || clean.StartsWith("APPENDIX", StringComparison.Ordinal));
            _outline.StartSkipping(line, clean, LineKinds.IsInitiatives(clean), headingLevel: null, itemDepth: -1, untilRule: slide);
            return;
        }

        if (_headingObjective is { KeyResults.Count: 0 } described && _outline.Objective == described && !LineText.IsBold(line.Content) && LineKinds.IsProse(clean))
        {
            // "## Objective 3: Keep our drivers" then "Driver turnover hit 61% last quarter. We are worse.": its context.
            _outline.SetWhy(clean, line);
            _afterOkrLine = true;
            return;
        }

        var unit = UnitNames.Match(clean);
        if (LineText.TryObjectivePrefix(clean, out var id, out var title))
        {
            _outline.StartObjective(title, id, owner, line, ObjectiveAnchor.Line);
        }
        else if (LineText.TryKeyResultPrefix(line.Content, out _, out _))
        {
            _outline.AddKeyResult(line.Content, line, line.Column);
        }
        else if ((line.Depth > 0 || !char.IsUpper(clean[0])) && _outline.TryContinueKeyResult(line))
        {
            return;
        }
        else if (unit.IsUnit)
        {
            _outline.StartUnit(unit.Name, unit.Known || _outline.HasContent ? unit.Kind : UnitKind.Company, line, UnitStack.LineDepth);
        }
        else if (unit.IsTitle)
        {
            _afterOkrLine = false;
            return;
        }
        else if (TeamLine.TryRead(line.Content, requireKeyResults: true) is { } team)
        {
            _outline.StartTeamLine(team, line, UnitStack.LineDepth, ObjectiveAnchor.Line);
        }
        else if (_outline.Objective is not null && _afterOkrLine && !_blankBefore && !LineText.IsBold(line.Content) && LineKinds.LooksLikeKeyResult(clean))
        {
            _outline.AddKeyResult(line.Content, line, line.Column);
        }
        else if (OpensObjective(i, line, clean))
        {
            _outline.StartObjective(clean, null, owner, line, ObjectiveAnchor.Line);
        }
        else if (_outline.Objective is not null && _afterOkrLine && LineKinds.LooksLikeKeyResult(clean))
        {
            _outline.AddKeyResult(line.Content, line, line.Column);
        }
        else
        {
            Prose(line, clean);
            return;
        }

        _afterOkrLine = true;
        _inProse = false;
    }

    /// <summary>
    /// True for a plain line without a prefix that is an objective: a bold line, a line with bullets under it, or a
    /// short line heading unmarked key result lines (after a blank line when an objective is already open).
    /// </summary>
    private bool OpensObjective(int i, SourceLine line, string clean) =>
        !LineKinds.IsIntro(clean)
        && (LineText.IsBold(line.Content)
            || Lookahead.Of(_lines, i, int.MaxValue, pastProse: false) == Following.KeyResults
            || ((_outline.Objective is null || _blankBefore) && Lookahead.OpensUnmarkedList(_lines, i, clean)));

    private void Prose(SourceLine line, string clean)
    {
        // "Hi all, here are the Data Platform OKRs for Q3": prose before anything else that names whose OKRs follow.
        if (!_outline.HasContent && ProseTeam().Match(clean) is { Success: true } named && UnitNames.IsNameLike(named.Groups["name"].Value)
            && !UnitNames.IsCompanyWord(named.Groups["name"].Value) && named.Groups["name"].Value is not ("Q1" or "Q2" or "Q3" or "Q4"))
        {
            var name = named.Groups["name"].Value;
            _outline.StartUnit(name, UnitNames.KindOf(name) ?? UnitKind.ProductTeam, line, UnitStack.LineDepth);
            _document.Skipped(_document.At(line.Number, line.Column), $"the text '{RowImporter.Preview(clean)}' was read for its team, {name}, only", "put the team in a heading ('## Team: Data Platform') to be sure");
            _afterOkrLine = false;
            return;
        }

        _afterOkrLine = false;
        if (!_inProse)
        {
            _inProse = true;
            _document.Prose(_document.At(line.Number, line.Column), clean, beforeAnyObjective: _outline.Objective is null);
        }
    }

    [GeneratedRegex(@"\bthe\s+(?<name>(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)(?:\s+team(?:'s)?)?\s+OKRs\b")]
    private static partial Regex ProseTeam();
}

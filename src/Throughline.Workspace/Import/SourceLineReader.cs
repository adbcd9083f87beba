using System.Text.RegularExpressions;

namespace Throughline.Workspace.Import;

/// <summary>
/// Splits a Markdown or plain-text document into <see cref="SourceLine"/>s: HTML comments removed (line numbers
/// kept), headings, list items (<c>-</c> <c>*</c> <c>+</c> <c>•</c> <c>1.</c> <c>1)</c> <c>a)</c> <c>1.1</c>), table
/// rows (with or without outer pipes) and plain lines. A task checkbox (<c>- [ ]</c>) is part of the list marker.
/// </summary>
internal static partial class SourceLineReader
{
    private const int TabWidth = 4;

    public static IReadOnlyList<SourceLine> Read(string text)
    {
        var withoutComments = Comment().Replace(text.TrimStart('\uFEFF'), m => new string('\n', m.Value.Count(c => c == '\n')));
        var raw = withoutComments.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var lines = new SourceLine[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            lines[i] = ReadLine(i + 1, raw[i]);
        }

        MarkPipeTables(raw, lines);
        return lines;
    }

    private static SourceLine ReadLine(int number, string text)
    {
        var line = text.TrimEnd();
        var indent = Indent(line, out var start);
        var body = line[start..];

        // A block quote ("> Owner: Priya") is read as the text it quotes.
        var quote = Quote().Match(body);
        if (quote.Success)
        {
            start += quote.Length;
            body = body[quote.Length..];
        }

        if (body.Length == 0)
        {
            return new SourceLine(number, SourceLineKind.Blank, "", 1);
        }

        if (Rule().IsMatch(body))
        {
            return new SourceLine(number, SourceLineKind.Rule, "", start + 1);
        }

        if (body[0] == '|')
        {
            return new SourceLine(number, SourceLineKind.TableRow, body, start + 1);
        }

        var heading = Heading().Match(body);
        if (heading.Success && indent < 4)
        {
            var content = heading.Groups["text"];
            return new SourceLine(number, SourceLineKind.Heading, content.Value, start + content.Index + 1, Level: heading.Groups["hashes"].Length);
        }

        var item = ListItem().Match(body);
        if (item.Success)
        {
            var marker = item.Groups["marker"].Value;
            var content = item.Groups["text"];
            var depth = indent + (2 * marker.TrimEnd('.', ')').Count(c => c == '.'));
            var column = content.Length > 0 ? start + content.Index + 1 : start + marker.Length + 1;
            return new SourceLine(number, SourceLineKind.ListItem, content.Value, column, depth, IsTask: item.Groups["task"].Success);
        }

        return new SourceLine(number, SourceLineKind.Plain, body, start + 1, indent);
    }

    /// <summary>Marks pipe tables written without outer pipes: a header with '|', a <c>---|---</c> line, rows with '|'.</summary>
    private static void MarkPipeTables(string[] raw, SourceLine[] lines)
    {
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].Kind == SourceLineKind.TableRow || !raw[i].Contains('|', StringComparison.Ordinal) || !Separator().IsMatch(raw[i + 1]))
            {
                continue;
            }

            for (var j = i; j < lines.Length && raw[j].Contains('|', StringComparison.Ordinal); j++)
            {
                var body = raw[j].Trim();
                lines[j] = new SourceLine(j + 1, SourceLineKind.TableRow, body, raw[j].IndexOf(body, StringComparison.Ordinal) + 1);
                i = j;
            }
        }
    }

    private static int Indent(string line, out int start)
    {
        var width = 0;
        start = 0;
        while (start < line.Length && (line[start] == ' ' || line[start] == '\t' || line[start] == '\u00A0'))
        {
            width += line[start] == '\t' ? TabWidth - (width % TabWidth) : 1;
            start++;
        }

        return width;
    }

    [GeneratedRegex(@"<!--[\s\S]*?(?:-->|$)")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^([-*_=─━═—])(?:\s*\1){2,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?<hashes>#{1,6})(?:\s+(?<text>.*?))?(?:\s+#+)?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<marker>[-*+•●◦▪○■►·–—]|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(\d{1,3}\)|\(?[ivx]{1,4}[.)])(?:\s+(?<task>\[[ xX]\]\s+)?(?<text>.*)|$)")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$|^\s*\|\s*:?-{2,}:?\s*\|\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:>\s?)+")]
    private static partial Regex Quote();
}

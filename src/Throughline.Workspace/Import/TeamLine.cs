using System.Text.RegularExpressions;

namespace Throughline.Workspace.Import;

/// <summary>
/// A "Team: objective. KR; KR" line, as people paste whole OKR sets into one numbered list:
/// <c>3. Payments: Make checkout effortless. Raise checkout conversion from 61% to 66%; cut payment failures below 1.5%</c>.
/// </summary>
/// <param name="Team">The team's name ("Payments").</param>
/// <param name="Title">The objective, cleaned ("Make checkout effortless").</param>
/// <param name="Owner">An owner tag on the objective, if any.</param>
/// <param name="TitleOffset">Where the objective starts in the line's content (0-based).</param>
/// <param name="KeyResults">The key results written on the line, verbatim, each with its 0-based offset.</param>
internal sealed partial record TeamLine(string Team, string Title, string? Owner, int TitleOffset, IReadOnlyList<(string Text, int Offset)> KeyResults)
{
    /// <summary>
    /// Reads a team line from a line's content. With <paramref name="requireKeyResults"/> (the line sits where a key
    /// result could be) it must also carry an objective without numbers and at least one key result with a number.
    /// </summary>
    public static TeamLine? TryRead(string content, bool requireKeyResults)
    {
        if (TryReadBold(content) is { } bold)
        {
            return bold;
        }

        var match = Shape().Match(content);
        if (!match.Success)
        {
            return null;
        }

        var name = LineText.Plain(match.Groups["name"].Value);

        // "Team Growth:" and "Squad Payments:" name the team after the word that says it is one.
        var said = SaidToBeATeam().Match(name);
        if (said.Success)
        {
            name = name[said.Length..].Trim();
        }

        var unit = UnitNames.Match(name);
        if (name.Length == 0 || Reserved().IsMatch(name) || !(unit.IsUnit || (UnitNames.IsNameLike(name) && (said.Success || char.IsUpper(name[0]) || UnitNames.KindOf(name) is not null))))
        {
            return null;
        }

        var rest = match.Groups["rest"];
        var split = SentenceBreak().Match(rest.Value);
        var titleText = split.Success ? rest.Value[..split.Index] : rest.Value;
        var title = LineText.Clean(titleText, out var owner).TrimEnd('.', ' ');
        var keyResults = split.Success ? Pieces(rest.Value, split.Index + split.Length, rest.Index) : [];
        if (title.Length == 0 || (requireKeyResults && (keyResults.Count == 0 || title.Any(char.IsDigit) || !keyResults.Any(k => k.Text.Any(char.IsDigit)))))
        {
            return null;
        }

        return new TeamLine(unit.IsUnit ? unit.Name : name, title, owner, rest.Index, keyResults);
    }

    /// <summary>
    /// A team line whose "Team: objective." is set in bold, as in published OKR trees
    /// (<c>**CRO: Achieve 105% of net new ARR plan.** Close 40 new logos; raise win rate from 22% to 26%</c>): the bold
    /// says where the objective ends, so it may hold numbers, and the line may carry no key results at all. A link
    /// after it alone ("[Epic 123](…)") is a reference, not a key result.
    /// </summary>
    public static TeamLine? TryReadBold(string content)
    {
        var match = BoldShape().Match(content);
        if (!match.Success)
        {
            return null;
        }

        var name = LineText.Plain(match.Groups["name"].Value);
        var unit = UnitNames.Match(name);
        if (name.Length == 0 || Reserved().IsMatch(name) || !(unit.IsUnit || UnitNames.IsNameLike(name)))
        {
            return null;
        }

        var title = LineText.Clean(match.Groups["title"].Value, out var owner).TrimEnd('.', ' ');
        var rest = match.Groups["rest"];
        var keyResults = OnlyLinks().IsMatch(rest.Value) ? [] : Pieces(content, rest.Index, 0);
        return title.Length == 0 ? null : new TeamLine(unit.IsUnit ? unit.Name : name, title, owner, match.Groups["title"].Index, keyResults);
    }

    /// <summary>Splits the key results on ';' or, when every piece starts with a verb and has a number, on ", ".</summary>
    private static List<(string Text, int Offset)> Pieces(string rest, int start, int restOffset)
    {
        var pieces = Split(rest, start, Semicolon());
        if (pieces.Count == 1)
        {
            var byComma = Split(rest, start, CommaSpace());
            if (byComma.All(p => p.Text.Any(char.IsDigit) && LineKinds.StartsWithVerb(p.Text)))
            {
                pieces = byComma;
            }
        }

        return [.. pieces.Where(p => p.Text.Length > 0).Select(p => (p.Text, p.Offset + restOffset))];
    }

    private static List<(string Text, int Offset)> Split(string text, int start, Regex separator)
    {
        var pieces = new List<(string, int)>();
        var pieceStart = start;
        foreach (var end in separator.Matches(text, start).Select(m => (Index: m.Index, Length: m.Length)).Append((Index: text.Length, Length: 0)))
        {
            var raw = text[pieceStart..end.Index];
            var lead = raw.Length - raw.TrimStart().Length;
            pieces.Add((raw.Trim().TrimEnd('.').TrimEnd(), pieceStart + lead));
            pieceStart = end.Index + end.Length;
        }

        return pieces;
    }

    [GeneratedRegex(@"^(?:\*\*|__)?(?<name>[^:*_\d][^:*]{0,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?<rest>\S.*)$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^(?:\*\*|__)(?<name>[^:*_\d][^:*]{0,40}?)\s*:\s*(?<title>[^*]*[^*\s])\s*(?:\*\*|__)\s*(?<rest>.*)$")]
    private static partial Regex BoldShape();

    [GeneratedRegex(@"^\s*(?:!?\[[^\]]*\]\([^)]*\)\s*)*$")]
    private static partial Regex OnlyLinks();

    [GeneratedRegex(@"^(?:team|squad|tribe|pod|crew)\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex SaidToBeATeam();

    [GeneratedRegex(@"(?:\.|\s[—–-])\s+(?=\S)")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@",\s+")]
    private static partial Regex CommaSpace();

    [GeneratedRegex(@"\s*;\s*")]
    private static partial Regex Semicolon();

    [GeneratedRegex(@"^(?:why|owners?|dri|lead|kr|key\s+results?|objectives?|obj|notes?|example|status|update|risks?|dependenc(?:y|ies)|stretch|baseline|target|metric|measures?|deadline|due|context|initiatives|results?|goal|outcome|hypothesis|assumption|signal|comments?|progress|score|confidence|impact|priority|type|links?|team|teams|so\s+that|because|rationale|purpose|problem|solution|current|today|now|next|q[1-4]|h[12]|okrs?|tbd|tbc|todo|fixme|idea|ideas)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}

using Throughline.Core.Model;

namespace Throughline.Core.Knowledge;

/// <summary>A lever a key result pulls, and the word that named it.</summary>
/// <param name="Lever">The lever.</param>
/// <param name="Cue">The word of the key result that named it.</param>
/// <param name="Subject">The stems of the other meaningful words of the measured phrase's head ("delivery" in "delivery cost per order").</param>
public sealed record LeverReading(Lever Lever, string Cue, IReadOnlyList<string> Subject);

/// <summary>
/// Reads which lever a key result pulls. The measured phrase (the KR's metric, else its text) is read head first: the
/// words before "of", "per", "for", "in"… name what is measured ("card fraud losses" of spend), so a lever named there
/// wins over one named in the rest; among several, the catalogue's order decides.
/// </summary>
public sealed class LeverReader
{
    private static readonly HashSet<string> Periods = new(StringComparer.Ordinal) { "day", "week", "month", "quarter", "year", "annum", "cycle", "sprint" };
    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal) { "of", "per", "for", "in", "on", "within", "at", "to", "from", "by", "across", "among", "with", "under", "over", "below", "above" };
    private readonly List<(Lever Lever, int Rank)> _levers;
    private readonly Dictionary<string, List<int>> _byStem = new(StringComparer.Ordinal);
    private readonly List<(string[] Stems, int Lever)> _phrases = [];
    private readonly List<HashSet<string>> _cueStems = [];
    private readonly HashSet<string> _ignored;
    private readonly HashSet<string> _trailing;
    private readonly HashSet<string> _statistic;

    /// <summary>Marks that any word may name a lever that counts something.</summary>
    private static readonly string Anywhere = new('*', 1);

    /// <summary>Indexes the levers of <paramref name="knowledge"/>.</summary>
    public LeverReader(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _levers = [.. knowledge.Levers.Levers.Select((l, i) => (l, i))];
        for (var i = 0; i < _levers.Count; i++)
        {
            _cueStems.Add(_levers[i].Lever.Cues.Select(c => MetricStemmer.Stem(c.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal));
            foreach (var cue in _levers[i].Lever.Cues.Where(c => c.Contains(' ', StringComparison.Ordinal)))
            {
                _phrases.Add(([.. cue.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MetricStemmer.Stem)], i));
            }

            foreach (var cue in _levers[i].Lever.Cues.Where(c => !c.Contains(' ', StringComparison.Ordinal)))
            {
                var stem = MetricStemmer.Stem(cue.ToLowerInvariant());
                if (!_byStem.TryGetValue(stem, out var list))
                {
                    list = [];
                    _byStem[stem] = list;
                }

                list.Add(i);
            }
        }

        _statistic = new HashSet<string>(knowledge.Words("statistic_words"), StringComparer.Ordinal);
        _trailing = new HashSet<string>(knowledge.Words("stop_words").Concat(_statistic), StringComparer.Ordinal);
        _ignored = new HashSet<string>(
            knowledge.Words("stop_words").Concat(knowledge.Words("vague_words")).Concat(knowledge.Words("generic_words")).Concat(knowledge.Words("statistic_words")),
            StringComparer.Ordinal);
    }

    /// <summary>The lever <paramref name="keyResult"/> pulls, or null when none (or when it only maintains a level).</summary>
    public LeverReading? Read(KeyResult keyResult)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        return Read(keyResult, Words(keyResult.Metric ?? keyResult.Text));
    }

    /// <summary>The lever <paramref name="keyResult"/> pulls and the words of its measured phrase's head, reading the phrase once.</summary>
    public (LeverReading? Reading, IReadOnlyList<(string Stem, bool NamesLever)> Head) ReadWithHead(KeyResult keyResult)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        var words = Words(keyResult.Metric ?? keyResult.Text);
        return (Read(keyResult, words), Head(words));
    }

    private LeverReading? Read(KeyResult keyResult, List<string> words)
    {
        // Only a key result that moves a measure pulls a lever: a deliverable ("audit-log export available") or a
        // level to hold does not.
        var direction = DirectionOf(keyResult);
        if (direction is not (MetricDirection.Increase or MetricDirection.Decrease))
        {
            return null;
        }

        var head = words.TakeWhile(w => !Boundaries.Contains(w)).ToList();
        var headNoun = HeadNoun(head);

        // A count per something ("orders delivered per courier hour") is a rate, not an intake: no word counts. A count
        // per period ("net additions per quarter") is still a count.
        var counted = words.Count > head.Count + 1 && words[head.Count] == "per" && !Periods.Contains(words[head.Count + 1]) ? null : headNoun;

        // The head names what is measured, and its last word what is counted: "customer webinars" counts webinars, not
        // customers, so a lever that counts something (an intake, a conversion) must be named by that word. "Share of
        // new accounts…" counts what follows "of". The rest of the phrase names other levers only when the unit
        // confirms it ("viewing hours per subscriber" is not an intake of subscribers).
        var (dir, unit) = (direction.Value, keyResult.MeasureUnit);
        var found = BestPhrase(words, dir, unit)
            ?? (head.Contains("new", StringComparer.Ordinal) ? Counted(counted, dir, unit) : null)
            ?? Best(head, dir, unit, strictUnits: false, countedBy: counted)
            ?? (headNoun is null || _statistic.Contains(headNoun) ? Best([.. words.Skip(head.Count + 1)], dir, unit, strictUnits: true, countedBy: Anywhere) : null)
            ?? Best(words, dir, unit, strictUnits: true, countedBy: null);
        found ??= ByShape(words, head, dir, unit);
        if (found is null)
        {
            return null;
        }

        var cues = _cueStems[found.Value.Index];
        var subject = (head.Count > 0 ? head : words)
            .Where(w => w.Length > 2 && !_ignored.Contains(w) && !w.Any(char.IsDigit) && !_byStem.ContainsKey(MetricStemmer.Stem(w)))
            .Select(MetricStemmer.Stem)
            .Where(s => !cues.Contains(s))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new LeverReading(_levers[found.Value.Index].Lever, found.Value.Cue, subject);
    }

    /// <summary>
    /// The last word of the head that names what is counted: "new verified members added" counts members, so a past
    /// participle after the noun is skipped unless it names a lever of its own ("customers churned").
    /// </summary>
    private string? HeadNoun(List<string> head)
    {
        var index = head.FindLastIndex(w => !_trailing.Contains(w) && !w.All(char.IsDigit));
        if (index > 0 && head[index].EndsWith("ed", StringComparison.Ordinal) && !_trailing.Contains(head[index - 1])
            && !Candidates(head[index]).Any(c => _byStem.TryGetValue(c, out var levers) && levers.Any(l => _levers[l].Lever.Units is not { Count: > 0 })))
        {
            return head[index - 1];
        }

        return index < 0 ? null : head[index];
    }

    /// <summary>
    /// The counting lever the head noun names, which beats what its modifiers name when the head counts new things:
    /// "new verified members" is an intake of members, not a control ("active accounts" stay a measure of use).
    /// </summary>
    private (int Index, string Cue)? Counted(string? headNoun, MetricDirection direction, MeasureUnit unit) =>
        headNoun is null ? null : Best([headNoun], direction, unit, strictUnits: false, countedBy: headNoun) is { } found && _levers[found.Index].Lever.Units is { Count: > 0 } ? found : null;

    /// <summary>
    /// A lever read from the shape of a key result its words do not name: a time that must fall is a wait to shorten
    /// ("median pickup ETA from 9 to 6 minutes"), and a count of new things that must grow is an intake ("new drivers
    /// onboarded", "new mid-market deals closed").
    /// </summary>
    private (int Index, string Cue)? ByShape(List<string> words, List<string> head, MetricDirection direction, MeasureUnit unit)
    {
        if (direction == MetricDirection.Decrease && Parsing.UnitWords.IsTime(unit))
        {
            return First("wait_down", direction, unit.ToString().ToLowerInvariant());
        }

        return direction == MetricDirection.Increase && unit is MeasureUnit.Count or MeasureUnit.Unspecified && head.Contains("new", StringComparer.Ordinal) && words.Count > 1
            ? First("intake_up", direction, "new")
            : null;
    }

    private (int Index, string Cue)? First(string id, MetricDirection direction, string cue)
    {
        var index = _levers.FindIndex(l => l.Lever.Id == id && l.Lever.When == direction);
        return index < 0 ? null : (index, cue);
    }

    /// <summary>
    /// The meaningful words of the head of the measured phrase ("live restaurants rated" of "live restaurants rated
    /// under 3.5"), as stems, each marked when it names a lever ("churned", "failed").
    /// </summary>
    public IReadOnlyList<(string Stem, bool NamesLever)> Head(KeyResult keyResult)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        return Head(Words(keyResult.Metric ?? keyResult.Text));
    }

    private IReadOnlyList<(string Stem, bool NamesLever)> Head(List<string> words)
    {
        var head = words.TakeWhile(w => !Boundaries.Contains(w)).ToList();
        return [.. (head.Count > 0 ? head : words)
            .Where(w => w.Length > 2 && !_ignored.Contains(w) && !w.Any(char.IsDigit))
            .Select(w => (Stem: MetricStemmer.Stem(w), NamesLever: Candidates(w).Any(_byStem.ContainsKey)))
            .DistinctBy(t => t.Stem)];
    }

    /// <summary>The first-listed lever whose cue of several words ("cost per install") the phrase contains.</summary>
    private (int Index, string Cue)? BestPhrase(IReadOnlyList<string> words, MetricDirection direction, MeasureUnit unit)
    {
        string[]? stems = null;
        (int Index, string Cue)? best = null;
        foreach (var (cue, index) in _phrases)
        {
            var lever = _levers[index].Lever;
            if (lever.When != direction || (best is { } b && b.Index <= index) || !Fits(lever, unit, strictUnits: false))
            {
                continue;
            }

            stems ??= [.. words.Select(MetricStemmer.Stem)];
            for (var start = 0; start + cue.Length <= stems.Length; start++)
            {
                var matches = true;
                for (var k = 0; k < cue.Length && matches; k++)
                {
                    matches = stems[start + k] == cue[k];
                }

                if (matches)
                {
                    best = (index, string.Join(' ', words.Skip(start).Take(cue.Length)));
                    break;
                }
            }
        }

        return best;
    }

    private static bool Fits(Lever lever, MeasureUnit unit, bool strictUnits) =>
        lever.Units is null || lever.Units.Count == 0 || (unit == MeasureUnit.Unspecified && !strictUnits) || lever.Units.Contains(unit);

    /// <summary>
    /// The first-listed lever one of <paramref name="words"/> names for a KR moving in <paramref name="direction"/>.
    /// <paramref name="countedBy"/> is the only word that may name a lever counting something (with units);
    /// <see cref="Anywhere"/> for any word, null for none.
    /// </summary>
    private (int Index, string Cue)? Best(IReadOnlyList<string> words, MetricDirection direction, MeasureUnit unit, bool strictUnits, string? countedBy)
    {
        (int Index, string Cue)? best = null;
        // "90-day delinquency" is not a wait: a word with a number in it names no lever.
        foreach (var word in words.Where(w => !w.Any(char.IsDigit)))
        {
            foreach (var candidate in Candidates(word))
            {
                if (!_byStem.TryGetValue(candidate, out var hits))
                {
                    continue;
                }

                foreach (var index in hits)
                {
                    var lever = _levers[index].Lever;
                    var counts = lever.Units is { Count: > 0 };
                    if (counts && !ReferenceEquals(countedBy, Anywhere) && !string.Equals(countedBy, word, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (lever.When == direction && Fits(lever, unit, strictUnits) && (best is null || index < best.Value.Index))
                    {
                        best = (index, word);
                    }
                }
            }
        }

        return best;
    }

    /// <summary>The word, and for a compound its head, the last part ("audit-log" is a log, not an audit).</summary>
    private static IEnumerable<string> Candidates(string word)
    {
        yield return MetricStemmer.Stem(word);
        var dash = word.LastIndexOf('-');
        if (dash > 0 && dash < word.Length - 1)
        {
            yield return MetricStemmer.Stem(word[(dash + 1)..]);
        }
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inWord = char.IsLetterOrDigit(c) || (c == '-' && start >= 0);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].Trim('-').ToLowerInvariant());
                start = -1;
                if (c is '(' or ',' or ';' or ':')
                {
                    words.Add("of");
                }
            }
            else if (c is '(' or ',' or ';' or ':')
            {
                words.Add("of");
            }
        }

        return words;
    }

    /// <summary>
    /// The way a key result pushes its measure: as stated, else from baseline to target, else up for a share to reach
    /// with no baseline ("Auto-settle 40% of glass claims" raises that share). Lever tensions read it here.
    /// </summary>
    public static MetricDirection? DirectionOf(KeyResult keyResult)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        return keyResult.DirectionOrByValues
            ?? (keyResult.Baseline is null && keyResult.Target is > 0 and < 100 && keyResult.MeasureUnit == MeasureUnit.Percent ? MetricDirection.Increase : null);
    }
}

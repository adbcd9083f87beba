using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>
/// Picks baseline, target, stretch and relative change from the numbers and their roles. Numbers it cannot place
/// and placeholders become notes instead of guesses.
/// </summary>
internal static class ValueReader
{
    public static ValueReading Read(IReadOnlyList<RoledToken> roled, VerbMatch? verb)
    {
        var notes = new List<string>();
        var baseline = First(roled, TokenRole.Baseline, notes, "baseline");
        var target = First(roled, TokenRole.Target, notes, "target");
        var stretch = First(roled, TokenRole.Stretch, notes, "stretch value");
        var change = First(roled, TokenRole.Change, notes, "relative change");
        var plains = roled.Where(r => r.Role == TokenRole.Plain && !IsNameLetter(r.Token)).ToList();
        var periodic = plains.FirstOrDefault(p => p.PeriodTailEnd is not null && IsShare(p.Token));
        if (change is null && periodic is not null && verb?.Kind is VerbKind.Increase or VerbKind.Decrease or VerbKind.Improve)
        {
            change = periodic with { Role = TokenRole.Change, ConsumedEnd = periodic.PeriodTailEnd!.Value };
            plains.Remove(periodic);
        }

        if (target is null && change is null && plains.Count > 0)
        {
            var first = plains[0];
            plains.RemoveAt(0);
            if (verb?.Kind is VerbKind.Increase or VerbKind.Decrease && IsShare(first.Token) && baseline is null)
            {
                change = first with { Role = TokenRole.Change, ConsumedEnd = first.PeriodTailEnd ?? first.ConsumedEnd };
                notes.Add($"\"{first.Token.Text}\" read as a relative change (the text says neither \"by\" nor \"to\")");
            }
            else
            {
                target = first;
            }

            if (plains.Count > 0)
            {
                notes.Add($"several numbers could be the target; read \"{first.Token.Text}\", not {Quote(plains)}");
            }
        }
        else
        {
            notes.AddRange(plains.Select(p => $"number \"{p.Token.Text}\" not read"));
        }

        if (target is null && change is null)
        {
            target = roled.FirstOrDefault(r => r.IsFallbackTarget);
        }

        if (target is null && change is null && verb?.Kind is not (VerbKind.Increase or VerbKind.Decrease or VerbKind.Maintain or VerbKind.Improve))
        {
            target = roled.FirstOrDefault(r => r.IsScopeCount);
        }

        if (roled.Where(r => r.IsRange).ToList() is [var low, var high, ..])
        {
            notes.Add($"a range \"{low.Token.Text}\"–\"{high.Token.Text}\" is not read as one target");
        }

        foreach (var placeholder in roled.Where(r => r.Token.IsPlaceholder && r.Role == TokenRole.Qualifier))
        {
            notes.Add($"placeholder number \"{placeholder.Token.Text}\"");
        }

        AddPlaceholderNote(baseline, "baseline", notes);
        AddPlaceholderNote(target, "target", notes);
        AddPlaceholderNote(stretch, "stretch", notes);
        AddPlaceholderNote(change, "change", notes);
        var used = new[] { target, baseline, stretch, change }.OfType<RoledToken>().ToList();
        var relative = ToChange(change);
        var levels = new[] { target, baseline, stretch }.OfType<RoledToken>().ToList();
        if (relative?.Kind == ChangeKind.Absolute && change is not null)
        {
            levels.Add(change);
        }

        var unit = levels.Select(l => l.Token.Quantity.Unit).FirstOrDefault(u => u != MeasureUnit.Unspecified);
        return new ValueReading
        {
            Baseline = Value(baseline, unit),
            Target = Value(target, unit),
            Stretch = Value(stretch, unit),
            Change = relative ?? (verb?.Multiple is { } m ? new TargetChange(m, ChangeKind.Multiple) : null),
            ChangeDirection = change?.ChangeDirection,
            Bound = target?.Bound,
            Unit = unit,
            InPoints = unit == MeasureUnit.Unspecified && change is { Token.Quantity.IsPoints: true },
            Currency = used.Select(u => u.Token.Quantity.Currency).FirstOrDefault(c => c is not null),
            HasValues = used.Count > 0 || verb?.Multiple is not null,
            HasLevel = target is not null || baseline is not null || stretch is not null,
            HasTarget = target is not null || change is not null || verb?.Multiple is not null,
            HasNumber = used.Any(u => !u.Token.IsPlaceholder),
            Consumed = used.Concat(plains).Select(u => u.Consumed).ToList(),
            Notes = notes,
        };
    }

    private static RoledToken? First(IReadOnlyList<RoledToken> roled, TokenRole role, List<string> notes, string name)
    {
        var all = roled.Where(r => r.Role == role).ToList();
        if (all.Count > 1)
        {
            notes.Add($"more than one {name}; read \"{all[0].Token.Text}\", not {Quote(all.Skip(1))}");
        }

        return all.FirstOrDefault();
    }

    /// <summary>A bare <c>X</c> or <c>Y</c> with no connector is a name ("feature X"), not a placeholder.</summary>
    private static bool IsNameLetter(QuantityToken token) => token.IsPlaceholder && token.Text is "X" or "Y";

    private static bool IsShare(QuantityToken token) =>
        token.Quantity.Unit == MeasureUnit.Percent && !token.Quantity.IsPoints && !token.IsPlaceholder;

    /// <summary>
    /// The value of a level in the key result's unit: "from 4 hours to 30 minutes" reads the baseline as 240 minutes, so
    /// the direction and the progress are worked out on one scale.
    /// </summary>
    private static double? Value(RoledToken? token, MeasureUnit unit) => token is { Token.IsPlaceholder: false }
        ? UnitWords.Convert(token.Token.Quantity.Value, token.Token.Quantity.Unit, unit)
        : null;

    private static TargetChange? ToChange(RoledToken? change)
    {
        if (change is not { Token.IsPlaceholder: false })
        {
            return null;
        }

        var q = change.Token.Quantity;
        var kind = q.Unit == MeasureUnit.Multiple ? ChangeKind.Multiple
            : q.Unit == MeasureUnit.Percent && !q.IsPoints ? ChangeKind.Percent
            : ChangeKind.Absolute;
        return new TargetChange(Math.Abs(q.Value), kind);
    }

    private static void AddPlaceholderNote(RoledToken? token, string slot, List<string> notes)
    {
        if (token is { Token.IsPlaceholder: true })
        {
            notes.Add($"placeholder {slot} \"{token.Token.Text}\"");
        }
    }

    private static string Quote(IEnumerable<RoledToken> tokens) => string.Join(", ", tokens.Select(t => $"\"{t.Token.Text}\""));
}

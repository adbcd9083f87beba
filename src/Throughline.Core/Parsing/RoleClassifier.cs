using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>
/// Gives each number its role from the words around it: <c>from X to Y</c>, <c>X → Y</c>, <c>by 20%</c>,
/// <c>under 200 ms</c>, <c>stretch: 10k</c>, <c>within 7 days</c>.
/// </summary>
internal static partial class RoleClassifier
{
    public static IReadOnlyList<RoledToken> Classify(string text, TextRange scope, IReadOnlyList<QuantityToken> tokens)
    {
        var roled = new List<RoledToken>(tokens.Count);
        var comparesAmounts = RolePatterns.Comparative().IsMatch(text[scope.Start..scope.End]);
        for (var i = 0; i < tokens.Count; i++)
        {
            var leadStart = i == 0 ? scope.Start : tokens[i - 1].End;

            // "from 6.8% of all bills to under 2%": what the share is of sits between the pair, not before the target.
            if (i > 0 && tokens[i - 1].Quantity is { Unit: MeasureUnit.Percent, IsPoints: false } && ShareDenominator().Match(text, leadStart, tokens[i].End - leadStart) is { Success: true } denominator)
            {
                leadStart += denominator.Length;
            }

            var tailEnd = i == tokens.Count - 1 ? scope.End : tokens[i + 1].Start;
            var lead = text[leadStart..tokens[i].Start];
            var tail = text[tokens[i].End..tailEnd];
            var one = ClassifyOne(tokens[i], lead, leadStart, tail);
            if (Describes(tokens[i], lead, i > 0 ? roled[i - 1] : null))
            {
                one = one with { Role = TokenRole.Qualifier, IsFallbackTarget = false, ConsumedStart = tokens[i].Start, ConsumedEnd = tokens[i].End };
            }

            // "Fewer patients readmitted within 30 days": the duration defines what is counted, it is not the target.
            roled.Add(comparesAmounts ? one with { IsFallbackTarget = false } : one);
        }

        PairUp(text, roled);
        DemoteCountedThresholds(text, roled);
        PreferTheShareOverACountedItem(text, roled);
        DemoteParenthesised(text, scope, roled);
        AddNewOnTopOfABaseline(text, roled);
        return roled;
    }

    /// <summary>
    /// "New users following 3+ athletes from 20% to 32%": once a baseline and a target are paired, a number with a plus
    /// before a word ("3+ athletes", "6+ bays") says which items are counted, not how many.
    /// </summary>
    private static void DemoteCountedThresholds(string text, List<RoledToken> roled)
    {
        var paired = roled.Any(r => r.Role == TokenRole.Baseline) && roled.Count(r => r.Role == TokenRole.Target) > 1;
        for (var i = 0; paired && i < roled.Count; i++)
        {
            var token = roled[i].Token;
            var next = token.End;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (token.HasPlus && roled[i].Role is TokenRole.Target or TokenRole.Plain && next > token.End && next < text.Length && char.IsLetter(text[next]))
            {
                roled[i] = roled[i] with { Role = TokenRole.Qualifier };
            }
        }
    }

    /// <summary>
    /// "Reorder in ≤ 3 taps for 80% of repeat orders — currently 35%": with a baseline that is a share (or a share the
    /// text opens with), a target that is a count of something ("3 taps") says which items are counted, and the unread
    /// share of them ("80% of") is the target.
    /// </summary>
    private static void PreferTheShareOverACountedItem(string text, List<RoledToken> roled)
    {
        var counted = roled.FindIndex(r => r.Role == TokenRole.Target && r.Token.Quantity.Unit is MeasureUnit.Unspecified or MeasureUnit.Count && FollowedBy(text, r.Token.End, char.IsLetter));
        var share = roled.FindIndex(r => r.Role == TokenRole.Plain && r.Token.Quantity is { Unit: MeasureUnit.Percent, IsPoints: false } && text.AsSpan(r.Token.End).TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase));

        // With a share for a baseline; or, with no baseline, a share the text opens with: "80% of new learners attend at
        // least one live session in week 1" counts the learners who attend one, and 80% of them is the target.
        var shareBaseline = roled.Any(r => r.Role == TokenRole.Baseline && r.Token.Quantity.Unit == MeasureUnit.Percent);
        var opensWithShare = share == 0 && counted > share && !roled.Any(r => r.Role == TokenRole.Baseline);
        if (counted >= 0 && share >= 0 && (shareBaseline || opensWithShare))
        {
            roled[counted] = roled[counted] with { Role = TokenRole.Qualifier, Bound = null };
            roled[share] = roled[share] with { Role = TokenRole.Target };
        }
    }

    /// <summary>
    /// "Sign 15 new hiring partners (currently 41)": a count of new things with a larger count for its baseline is how
    /// many are added, not the level to reach (41 → 56, not 41 → 15).
    /// </summary>
    private static void AddNewOnTopOfABaseline(string text, List<RoledToken> roled)
    {
        var target = roled.FindIndex(r => r.Role is TokenRole.Target or TokenRole.Plain && r.Token.Quantity.Unit is MeasureUnit.Unspecified or MeasureUnit.Count);
        var baseline = roled.Find(r => r.Role == TokenRole.Baseline && r.Token.Quantity.Unit is MeasureUnit.Unspecified or MeasureUnit.Count);
        if (target < 0 || baseline is null || baseline.Token.Quantity.Value <= roled[target].Token.Quantity.Value
            || !AddedWord().IsMatch(text.AsSpan(roled[target].Token.End)))
        {
            return;
        }

        // "Enroll 12,000 additional customers (from 41,000 to 53,000)": the level is stated too, and it is the target.
        var added = roled[target].Token.Quantity.Value;
        var level = roled.FindIndex(r => r.Role != TokenRole.Baseline && r != roled[target]
            && Math.Abs(r.Token.Quantity.Value - (baseline.Token.Quantity.Value + added)) < 1e-9 * Math.Max(1, r.Token.Quantity.Value));
        if (level >= 0)
        {
            roled[target] = roled[target] with { Role = TokenRole.Change, ChangeDirection = MetricDirection.Increase, Bound = null };
            roled[level] = roled[level] with { Role = TokenRole.Target };
            return;
        }

        if (roled.Where((r, i) => i != target && r.Role is TokenRole.Target or TokenRole.Plain).Any())
        {
            return;
        }

        roled[target] = roled[target] with { Role = TokenRole.Change, ChangeDirection = MetricDirection.Increase, Bound = null };
    }

    /// <summary>"of all bills " before "to under 2%": what a share is of, between a baseline and its target.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*of\s+(?:all\s+|the\s+|total\s+|our\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?=to\s+(?:(?:under|below|over|above|less\s+than|more\s+than|at\s+least|at\s+most)\s+|[~≤≥<>]\s*)?[\d$€£])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ShareDenominator();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:new|more|additional|extra|net[- ]new)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AddedWord();

    private static bool FollowedBy(string text, int end, Func<char, bool> test)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next > end && next < text.Length && test(text[next]);
    }

    /// <summary>
    /// True when the number says which items are counted rather than how many: "every deal &gt; $50k", "findings open
    /// &gt; 30 days", or "300 leads that convert at 20%" (a relative clause after a count).
    /// </summary>
    private static bool Describes(QuantityToken token, string lead, RoledToken? previous)
    {
        var described = RolePatterns.DescribingLead().Match(lead);
        if (described.Success)
        {
            // An age only describes when the number is a duration: "open > 30 days", not "open rate > 30%".
            return !described.Groups["age"].Success || UnitWords.IsTime(token.Quantity.Unit);
        }

        return previous is { Role: TokenRole.Plain, Token.IsPlaceholder: false } && RolePatterns.RelativeClause().IsMatch(lead);
    }

    /// <summary>
    /// A number in brackets is part of the metric's definition ("open vulnerabilities (CVSS ≥ 7) from 40 to 0")
    /// when the text outside the brackets has values of its own.
    /// </summary>
    private static void DemoteParenthesised(string text, TextRange scope, List<RoledToken> roled)
    {
        var inside = new List<bool>(roled.Count);
        var (depth, position) = (0, scope.Start);
        foreach (var token in roled)
        {
            for (; position < token.Token.Start; position++)
            {
                depth += text[position] switch { '(' => 1, ')' => -1, _ => 0 };
            }

            inside.Add(depth > 0);
        }

        var outsideHasValue = roled.Where((r, i) => !inside[i] && r.Role is not TokenRole.Qualifier and not TokenRole.Stretch).Any();
        for (var i = 0; i < roled.Count; i++)
        {
            if (outsideHasValue && inside[i] && roled[i].Role is TokenRole.Target or TokenRole.Plain)
            {
                roled[i] = roled[i] with { Role = TokenRole.Qualifier, ConsumedStart = roled[i].Token.Start, ConsumedEnd = roled[i].Token.End };
            }
        }
    }

    private static RoledToken ClassifyOne(QuantityToken token, string lead, int leadStart, string tail)
    {
        var plain = RoledToken.Create(token, TokenRole.Plain);
        if (token.IsAdjective)
        {
            return plain with { Role = TokenRole.Qualifier };
        }

        if (Lead(RolePatterns.StretchLead(), lead, leadStart) is { } stretch)
        {
            return plain with { Role = TokenRole.Stretch, ConsumedStart = stretch };
        }

        if (Lead(RolePatterns.BaselineLead(), lead, leadStart) is { } baseline)
        {
            return plain with { Role = TokenRole.Baseline, ConsumedStart = baseline };
        }

        if (RolePatterns.QualifierLead().Match(lead) is { Success: true } qualifier)
        {
            var scope = qualifier.Groups["c"].Value.ToLowerInvariant() is "with" or "top" or "in the top" or "of the top"
                && token.Quantity.Unit is MeasureUnit.Unspecified or MeasureUnit.Percent && !token.IsPlaceholder;
            return plain with { Role = TokenRole.Qualifier, IsScopeCount = scope };
        }

        var duration = RolePatterns.DurationLead().Match(lead);
        if (duration.Success && UnitWords.IsTime(token.Quantity.Unit))
        {
            var word = duration.Groups["w"].Value.ToLowerInvariant();
            return plain with
            {
                Role = TokenRole.Qualifier,
                IsFallbackTarget = word is "within" or "in" or "inside",
                Bound = TargetBound.AtMost,
                ConsumedStart = leadStart + duration.Groups["c"].Index,
            };
        }

        if (Lead(RolePatterns.FromLead(), lead, leadStart) is { } from)
        {
            return plain with { Role = TokenRole.Baseline, ConsumedStart = from };
        }

        if (Lead(RolePatterns.AtMostLead(), lead, leadStart) is { } atMost)
        {
            return WithTail(plain with { Role = TokenRole.Target, Bound = TargetBound.AtMost, ConsumedStart = atMost }, tail);
        }

        if (Lead(RolePatterns.AtLeastLead(), lead, leadStart) is { } atLeast)
        {
            return WithTail(plain with { Role = TokenRole.Target, Bound = TargetBound.AtLeast, ConsumedStart = atLeast }, tail);
        }

        if (Lead(RolePatterns.ByLead(), lead, leadStart) is { } by)
        {
            return Change(plain with { ConsumedStart = by }, tail, null);
        }

        if (Lead(RolePatterns.TargetLead(), lead, leadStart) is { } to)
        {
            var bound = token.HasPlus ? TargetBound.AtLeast : (TargetBound?)null;
            return WithTail(plain with { Role = TokenRole.Target, Bound = bound, ConsumedStart = to }, tail);
        }

        if (token.Sign is { } sign)
        {
            return Change(plain, tail, sign == '-' ? MetricDirection.Decrease : MetricDirection.Increase);
        }

        var up = RolePatterns.UpTail().Match(tail);
        var down = RolePatterns.DownTail().Match(tail);
        if (up.Success || down.Success)
        {
            var match = up.Success ? up : down;
            var direction = up.Success ? MetricDirection.Increase : MetricDirection.Decrease;
            return Change(plain with { ConsumedEnd = token.End + match.Length }, string.Empty, direction);
        }

        if (RolePatterns.StretchTail().Match(tail) is { Success: true } stretchTail)
        {
            return plain with { Role = TokenRole.Stretch, ConsumedEnd = token.End + stretchTail.Length };
        }

        if (RolePatterns.BaselineTail().Match(tail) is { Success: true } now)
        {
            return plain with { Role = TokenRole.Baseline, ConsumedEnd = token.End + now.Length };
        }

        if (token.HasPlus)
        {
            return WithTail(plain with { Role = TokenRole.Target, Bound = TargetBound.AtLeast }, tail);
        }

        if (token.Quantity.Unit == MeasureUnit.Multiple)
        {
            return Change(plain, tail, null);
        }

        var period = RolePatterns.PeriodTail().Match(tail);
        return WithTail(plain with { PeriodTailEnd = period.Success ? token.End + period.Length : null }, tail);
    }

    private static int? Lead(Regex pattern, string lead, int leadStart)
    {
        var m = pattern.Match(lead);
        return m.Success ? leadStart + m.Groups["c"].Index : null;
    }

    private static RoledToken WithTail(RoledToken token, string tail)
    {
        var isShare = token.Token.Quantity.Unit == MeasureUnit.Percent && !token.Token.Quantity.IsPoints;
        var of = RolePatterns.OfTail().Match(tail);
        var hasLead = token.ConsumedStart < token.Token.Start;
        if (isShare && ShareDenominator().Match(tail) is { Success: true } denominator)
        {
            return token with { ConsumedEnd = token.Token.End + denominator.Length };
        }

        return isShare && of.Success && !hasLead ? token with { ConsumedEnd = token.Token.End + of.Length } : token;
    }

    private static RoledToken Change(RoledToken token, string tail, MetricDirection? direction)
    {
        var period = RolePatterns.PeriodTail().Match(tail);
        var end = period.Success ? token.Token.End + period.Length : token.ConsumedEnd;
        var sign = token.Token.Sign is { } s ? (s == '-' ? MetricDirection.Decrease : MetricDirection.Increase) : (MetricDirection?)null;
        return token with { Role = TokenRole.Change, ChangeDirection = direction ?? sign, ConsumedEnd = end };
    }

    /// <summary>Reads pairs: <c>X → Y</c> and <c>X to Y</c> (baseline, target), <c>8–10k</c> (target, stretch), <c>8 of 10</c>.</summary>
    private static void PairUp(string text, List<RoledToken> roled)
    {
        for (var i = 0; i + 1 < roled.Count; i++)
        {
            var (a, b) = (roled[i], roled[i + 1]);
            if (a.Token.IsAdjective || b.Token.IsAdjective)
            {
                continue;
            }

            var between = text[a.Token.End..b.Token.Start];
            if (RolePatterns.BetweenLead().IsMatch(text.AsSpan(0, a.Token.Start)) && RolePatterns.And().IsMatch(between))
            {
                // "between 20% and 60%": a range to stay in, not one target.
                roled[i] = a with { Role = TokenRole.Qualifier, IsRange = true };
                roled[i + 1] = b with { Role = TokenRole.Qualifier, IsRange = true };
                continue;
            }

            var first = a.Role is TokenRole.Plain or TokenRole.Target or TokenRole.Baseline;
            if (first && RolePatterns.Arrow().IsMatch(between))
            {
                (a, b) = Harmonise(a, b);
                roled[i] = a with { Role = TokenRole.Baseline, Bound = null };
                var bound = b.Token.HasPlus ? TargetBound.AtLeast : b.Bound;
                roled[i + 1] = b with { Role = TokenRole.Target, Bound = bound, ConsumedStart = a.Token.End };
            }
            else if (a.Role is TokenRole.Plain or TokenRole.Target && b.Role == TokenRole.Plain && RolePatterns.RangeDash().IsMatch(between))
            {
                (a, b) = Harmonise(a, b);
                roled[i] = a with { Role = TokenRole.Target };
                roled[i + 1] = b with { Role = TokenRole.Stretch, ConsumedStart = a.Token.End, Bound = null };
            }
            else if (a.Role is TokenRole.Plain or TokenRole.Target && RolePatterns.OutOf().IsMatch(between))
            {
                roled[i + 1] = b with { Role = TokenRole.Qualifier };
            }
        }
    }

    /// <summary>Gives two paired numbers the same unit and magnitude: <c>from 5 to 8k</c> is 5,000 to 8,000.</summary>
    private static (RoledToken A, RoledToken B) Harmonise(RoledToken a, RoledToken b)
    {
        var (qa, qb) = (a.Token.Quantity, b.Token.Quantity);
        if (qa.Unit == MeasureUnit.Unspecified && qb.Unit != MeasureUnit.Unspecified)
        {
            qa = qa with { Unit = qb.Unit, Currency = qa.Currency ?? qb.Currency };
        }
        else if (qb.Unit == MeasureUnit.Unspecified && qa.Unit != MeasureUnit.Unspecified)
        {
            qb = qb with { Unit = qa.Unit, Currency = qb.Currency ?? qa.Currency };
        }

        var ta = a.Token;
        if (!ta.HasMagnitude && b.Token.HasMagnitude && b.Token.RawNumber > 0 && ta.RawNumber < b.Token.RawNumber * 10)
        {
            qa = qa with { Value = qa.Value * (qb.Value / b.Token.RawNumber) };
        }

        return (a with { Token = ta with { Quantity = qa } }, b with { Token = b.Token with { Quantity = qb } });
    }
}

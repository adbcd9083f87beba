using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>
/// Reads metric, direction, baseline, target, unit and deadline out of a key result written as free text, e.g.
/// "Increase weekly active users of advanced features from 5,000 to 8,000 by end of Q2". It tolerates text pasted
/// from documents (bullets, markdown, owner tags, score columns, emoji) and never invents a number: placeholders and
/// ambiguities are reported in <see cref="ParsedKeyResult.Unread"/>.
/// </summary>
public static class KeyResultTextParser
{
    /// <summary>Parses one key result's text.</summary>
    /// <param name="text">The key result as written.</param>
    /// <param name="context">The cycle, used to resolve relative deadlines such as <c>EOQ</c> or <c>by end of Q2</c>.</param>
    public static ParsedKeyResult Parse(string text, KrParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var clean = TextCleaner.Clean(text);
        if (clean.Length == 0)
        {
            return new ParsedKeyResult { Unit = MeasureUnit.Unspecified };
        }

        var notes = new List<string>();
        var periods = DeadlineParser.FindAll(clean, context);
        var deadlines = periods.Where(p => !p.NamesPeriod).ToList();
        var deadline = deadlines.FirstOrDefault();
        notes.AddRange(deadlines.Select(d => d.Note).OfType<string>());
        if (deadlines.Count > 1)
        {
            var others = string.Join(", ", deadlines.Skip(1).Select(d => $"\"{d.Text}\""));
            notes.Add($"more than one deadline; read \"{deadlines[0].Text}\", not {others}");
        }

        var rat = RatDetector.Detect(clean);
        var scope = rat.Scope ?? new TextRange(0, clean.Length);
        var tokens = QuantityParser.FindAll(clean)
            .Where(t => t.Start >= scope.Start && t.End <= scope.End && !periods.Any(d => d.Range.Overlaps(t.Range)))
            .ToList();
        var verb = VerbLexicon.Find(clean, scope, tokens.Count > 0 ? tokens[0].Start : scope.End);
        var roled = RoleClassifier.Classify(clean, scope, tokens);

        // "Reduce Snowflake spend by 25% without slowing p95 queries (currently 3.2s)": the numbers of a guardrail or
        // purpose clause after the KR's own values belong to the clause, not to the KR.
        var clause = MetricPhraseExtractor.TrailingClauseRegex().Match(clean, scope.Start);
        if (clause.Success && clause.Index < scope.End && roled.Any(r => r.Token.End <= clause.Index && r.Role is TokenRole.Target or TokenRole.Change or TokenRole.Baseline or TokenRole.Plain)
            && roled.Any(r => r.Token.Start >= clause.Index))
        {
            notes.Add($"a guardrail \"{clean[clause.Index..scope.End].Trim(' ', ',')}\" whose numbers are not this key result's");
            roled = [.. roled.Select(r => r.Token.Start >= clause.Index ? r with { Role = TokenRole.Qualifier, IsFallbackTarget = false, IsScopeCount = false } : r)];
        }

        // "Test pricing with 200 accounts": in a test of an assumption the count is the sample, never the target.
        var values = ValueReader.Read(rat.IsRat || RatDetector.StartsAsTest(clean) ? [.. roled.Select(r => r with { IsScopeCount = false })] : roled, verb);
        notes.AddRange(values.Notes);
        var removed = values.Consumed.Concat(periods.Select(d => d.Range)).ToList();
        var namesMetric = values.HasValues || verb?.Kind is VerbKind.Increase or VerbKind.Decrease or VerbKind.Maintain or VerbKind.Improve;
        var metric = namesMetric ? MetricPhraseExtractor.Extract(clean, scope, removed, verb) : null;
        // "… for 90% of claims": a share of a population, most of it, is a share to reach ("errors in 2% of runs" is a limit).
        var shareOf = values.Target is >= 50 and <= 100 && roled.Any(r => r.Role is TokenRole.Target or TokenRole.Plain
            && r.Token.Quantity is { Unit: MeasureUnit.Percent, IsPoints: false } && r.Token.Quantity.Value == values.Target
            && clean.AsSpan(r.Token.End).TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase));
        var (direction, bound, directionNote) = DirectionResolver.Resolve(verb, values, metric, shareOf);
        if (directionNote is not null)
        {
            notes.Add(directionNote);
        }

        var unit = ResolveUnit(values, metric);
        if (unit == MeasureUnit.Currency && values.Currency is null)
        {
            notes.Add("a money amount without a currency");
        }

        return new ParsedKeyResult
        {
            Metric = metric,
            Direction = direction,
            Bound = bound,
            Baseline = values.Baseline,
            Target = values.Target,
            Change = values.Change,
            Stretch = values.Stretch,
            Unit = unit,
            Currency = unit == MeasureUnit.Currency ? values.Currency : null,
            Deadline = deadline?.Date,
            DeadlineText = deadline?.Text,
            IsRat = rat.IsRat,
            PassThreshold = rat.Threshold,
            Unread = notes,
        };
    }

    private static MeasureUnit ResolveUnit(ValueReading values, string? metric)
    {
        if (values.Unit != MeasureUnit.Unspecified)
        {
            return values.Unit;
        }

        var hint = MetricLexicon.UnitHint(metric);
        if (!values.HasLevel && values.Change?.Kind != ChangeKind.Absolute)
        {
            return hint is MeasureUnit.Score or MeasureUnit.Stars ? hint.Value : MeasureUnit.Unspecified;
        }

        if (hint is { } known)
        {
            return known;
        }

        if (values.InPoints)
        {
            return MetricLexicon.IsRateLike(metric) ? MeasureUnit.Percent : MeasureUnit.Unspecified;
        }

        return !values.HasNumber || MetricLexicon.IsTimeLike(metric) ? MeasureUnit.Unspecified : MeasureUnit.Count;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Classification;
using Throughline.Core.Quality.Rules;

namespace Throughline.Core.Quality.Rewrites;

/// <summary>
/// Proposes an outcome key result that keeps a KR's intent: the metric it should move (its own, else the one its
/// objective or supported company KR names, else the adoption of the deliverable it names), a baseline from the KR
/// or the metric's history, a target calibrated between the metric's quarterly trend and its best quarter, and the
/// KR's deadline or the cycle's end. Unknown values stay as placeholders with a note on how to measure them.
/// </summary>
internal static partial class KeyResultRewriter
{
    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        "by", "to", "for", "in", "on", "with", "across", "before", "within", "so", "that", "and", "at", "from", "which",
        "where", "into", "until", "via", "per", "than", "while", "after", "during", "through",
    };

    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "our", "new", "first", "initial", "all", "every", "each", "one", "two", "three", "several", "some", "v1", "v2",
    };

    /// <summary>A rewrite for <paramref name="keyResult"/>, or null when it is already a measured outcome with baseline and target (or a RAT KR).</summary>
    public static KeyResultRewrite? Propose(RuleContext context, Objective objective, KeyResult keyResult) =>
        context.Rewrite(keyResult, () => Write(context, objective, keyResult));

    private static KeyResultRewrite? Write(RuleContext context, Objective objective, KeyResult keyResult)
    {
        if (keyResult.IsRat)
        {
            return null;
        }

        var kind = context.Classify(keyResult).Kind;
        var own = context.MetricOf(keyResult);
        var complete = kind == KrKind.Outcome && (own is not null || keyResult.Metric is not null) && keyResult.EffectiveTarget is not null &&
            (keyResult.Baseline is not null || keyResult.Direction == MetricDirection.Maintain);
        if (complete)
        {
            return null;
        }

        var metric = ChooseMetric(context, objective, keyResult, kind);
        var direction = metric.KeepsKr && keyResult.Direction is { } d ? d : metric.Direction;
        var basis = new List<string> { metric.Basis };
        var baseline = metric.KeepsKr ? keyResult.Baseline : null;
        var target = metric.KeepsKr ? keyResult.EffectiveTarget : null;
        var trend = metric.Known is { FromCatalogue: true } known ? context.TrendOf(known.Id) : null;

        if (baseline is not null)
        {
            basis.Add("baseline as stated");
        }
        else if (trend is not null)
        {
            baseline = trend.Last.Value;
            basis.Add($"baseline {Format(baseline.Value, metric)} is the last value before the cycle ({Day(trend.Last.Date)})");
        }

        if (target is not null)
        {
            basis.Add("target as stated");
        }
        else if (baseline is { } b && trend is { Quarters.Count: >= 2 } && Calibrated(context, trend, direction, b, metric) is { } calibrated)
        {
            target = calibrated;
            basis.Add($"target is midway between the quarterly trend ({ValueFormat.Change(trend.Mean, metric.Unit, metric.Currency)}) and the best quarter ({ValueFormat.Change(trend.Best(direction), metric.Unit, metric.Currency)})");
        }
        else
        {
            basis.Add("target needs a decision: no quarterly history to calibrate against");
        }

        var deadline = keyResult.Deadline ?? context.Cycle?.End;
        var by = deadline is { } day ? Day(day) : "the end of the cycle";
        var from = baseline is { } known1 ? Format(known1, metric) : "<baseline>";
        var to = target is { } known2 ? Format(known2, metric) : "<target>";
        var text = direction switch
        {
            MetricDirection.Maintain => $"Keep {metric.Name} at {to} or better through {by}",
            MetricDirection.Decrease => $"Reduce {metric.Name} from {from} to {to} by {by}",
            _ => $"Increase {metric.Name} from {from} to {to} by {by}",
        };
        var needed = baseline is null ? $"baseline needed: {HowToMeasure(context, metric)}" : null;
        return new KeyResultRewrite(text, metric.Name, direction, baseline, target, deadline, needed, string.Join("; ", basis));
    }

    private static MetricChoice ChooseMetric(RuleContext context, Objective objective, KeyResult keyResult, KrKind kind)
    {
        if (context.MetricOf(keyResult) is { } own && !own.Metric.IsVanity)
        {
            var keeps = kind != KrKind.Output;
            var choice = MetricChoice.From(own.Metric, keeps, $"metric '{own.Metric.Name}' named by the KR");
            return keeps && keyResult.MeasureUnit != MeasureUnit.Unspecified ? choice with { Unit = keyResult.MeasureUnit, Currency = keyResult.Currency } : choice;
        }

        if (keyResult.Metric is { Length: > 0 } stated && kind != KrKind.Output)
        {
            return new MetricChoice(stated, null, keyResult.Direction ?? MetricDirection.Increase, keyResult.MeasureUnit, keyResult.Currency, true, $"metric '{stated}' as stated");
        }

        if (context.Knowledge.Match(objective.Title) is { Metric.IsVanity: false } titled)
        {
            return MetricChoice.From(titled.Metric, false, $"metric '{titled.Metric.Name}' named by the objective");
        }

        if (Deliverable(context.Knowledge, keyResult.Text) is { } deliverable)
        {
            var activity = context.Knowledge.Words("activity_nouns").Contains(deliverable.Split(' ')[^1].ToLowerInvariant(), StringComparer.Ordinal);
            var name = activity ? $"activated sign-ups attributed to {deliverable}" : $"weekly active users of {deliverable}";
            return new MetricChoice(name, null, MetricDirection.Increase, MeasureUnit.Count, null, false, $"adoption of the deliverable '{deliverable}' (no catalogue metric fits)");
        }

        foreach (var link in objective.Supports)
        {
            var parent = context.FindObjective(link.Target);
            var parentKrs = parent?.KeyResults.Where(k => link.Target.KeyResult is null || k.Ref == link.Target) ?? [];
            if (parentKrs.Select(k => (k, m: context.MetricOf(k))).FirstOrDefault(p => p.m is { Metric.IsVanity: false }) is { m: { } inherited } found)
            {
                return MetricChoice.From(inherited.Metric, false, $"metric '{inherited.Metric.Name}' of the supported {found.k.Ref}");
            }
        }

        return new MetricChoice("<the metric this work should move>", null, MetricDirection.Increase, MeasureUnit.Unspecified, null, false, "no metric is named by the KR, its objective or what it supports");
    }

    /// <summary>
    /// The deliverable a KR names: what follows its delivery verb ("Launch the new analytics dashboard by June" gives
    /// "analytics dashboard"), or what precedes its finished state ("Audit-log export available to all tenants" gives
    /// "Audit-log export"). The phrase stops at punctuation, a preposition or five words.
    /// </summary>
    private static string? Deliverable(KnowledgeBase knowledge, string text)
    {
        var words = Word().Matches(text).ToList();
        var verbs = new HashSet<string>(knowledge.Words("output_verbs").Where(v => !v.Contains(' ', StringComparison.Ordinal)), StringComparer.Ordinal);
        var start = words.FindIndex(w => verbs.Contains(w.Value.ToLowerInvariant()));
        if (start >= 0)
        {
            return Phrase(text, words.Skip(start + 1).ToList());
        }

        var state = FirstState(knowledge, words);
        if (state <= 0)
        {
            return null;
        }

        var before = words.Take(state).Where(w => w.Value.ToLowerInvariant() is not ("is" or "are" or "be" or "been" or "was" or "were" or "fully" or "now")).ToList();
        return before.Count is > 0 and <= 5 ? Phrase(text, before) : null;
    }

    /// <summary>The index of the first word of the earliest finished-state phrase ("available", "is live", "rolled out"), or -1.</summary>
    private static int FirstState(KnowledgeBase knowledge, List<Match> words)
    {
        var lower = words.Select(w => w.Value.ToLowerInvariant()).ToList();
        var first = -1;
        foreach (var state in knowledge.Words("deliverable_states").Where(v => v.All(c => char.IsLetter(c) || c == ' ')))
        {
            var parts = state.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + parts.Length <= lower.Count && (first < 0 || i < first); i++)
            {
                if (parts.Select((p, k) => lower[i + k] == p).All(m => m))
                {
                    first = i;
                    break;
                }
            }
        }

        return first;
    }

    private static string? Phrase(string text, List<Match> words)
    {
        var phrase = new List<Match>();
        foreach (var word in words)
        {
            var lower = word.Value.ToLowerInvariant();
            if (Boundaries.Contains(lower) || phrase.Count == 5 || (phrase.Count > 0 && Punctuated(text, phrase[^1], word)))
            {
                break;
            }

            if (phrase.Count == 0 && (Qualifiers.Contains(lower) || lower.Any(char.IsDigit)))
            {
                continue;
            }

            phrase.Add(word);
        }

        return phrase.Count == 0 ? null : text[phrase[0].Index..(phrase[^1].Index + phrase[^1].Length)];
    }

    /// <summary>True when punctuation (a bracket, comma, colon…) separates two words: the phrase ends there.</summary>
    private static bool Punctuated(string text, Match previous, Match next) =>
        text[(previous.Index + previous.Length)..next.Index].Any(c => c is '(' or ')' or ',' or ';' or ':' or '[' or ']' or '—' or '–' or '|' or '+');

    private static double? Calibrated(RuleContext context, Calibration.MetricTrend trend, MetricDirection direction, double baseline, MetricChoice metric)
    {
        if (direction == MetricDirection.Maintain)
        {
            return null;
        }

        var sign = direction == MetricDirection.Decrease ? -1 : 1;
        var step = (trend.Mean + trend.Best(direction)) / 2;
        if (sign * step <= 0)
        {
            step = trend.Best(direction);
        }

        if (sign * step <= 0)
        {
            return null;
        }

        var quarters = context.Cycle is { } cycle ? Math.Max(1, (cycle.End.DayNumber - cycle.Start.DayNumber + 1) / 91.0) : 1;
        return Round(baseline + (step * quarters), metric.Unit);
    }

    private static double Round(double value, MeasureUnit unit)
    {
        if (unit == MeasureUnit.Percent || Math.Abs(value) < 100)
        {
            return Math.Round(value, 1);
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) - 2);
        return Math.Round(value / magnitude) * magnitude;
    }

    private static string HowToMeasure(RuleContext context, MetricChoice metric)
    {
        var start = context.Cycle is { } cycle ? Day(cycle.Start) : "the cycle start";
        if (metric.Known?.Measurement is { IsDefined: true } measurement)
        {
            var where = string.Join(", ", new[] { measurement.Source, measurement.Event, measurement.Dashboard }.OfType<string>());
            return $"read {metric.Name} from {where} for the 4 weeks before {start}";
        }

        return metric.Known is null
            ? $"instrument {metric.Name} (the event or report that counts it) and record its value for the 4 weeks before {start}"
            : $"{metric.Name} has no history in this workspace: add it to metrics.yaml with its source and record its value for the 4 weeks before {start}";
    }

    private static string Format(double value, MetricChoice metric) => ValueFormat.Format(value, metric.Unit, metric.Currency);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'/\-\.]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex Word();

    /// <summary>The metric a rewrite measures and where it came from.</summary>
    private sealed record MetricChoice(string Name, KnownMetric? Known, MetricDirection Direction, MeasureUnit Unit, string? Currency, bool KeepsKr, string Basis)
    {
        public static MetricChoice From(KnownMetric metric, bool keepsKr, string basis) =>
            new(metric.Name, metric, metric.GoodDirection is { } d && d != MetricDirection.Maintain ? d : MetricDirection.Increase, metric.Unit, null, keepsKr, basis);
    }
}

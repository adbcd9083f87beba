namespace Throughline.Core.Quality.Classification;

/// <summary>Reads one clause's cues: lead verb, activity count, deliverable state and measured result.</summary>
internal static class KrClauseReader
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "%", "percent", "pct", "pp", "points", "bps", "ms", "s", "sec", "secs", "seconds", "min", "mins", "minutes", "h", "hr", "hrs",
        "hours", "day", "days", "weeks", "months", "stars", "x", "k", "m", "usd", "eur", "gbp", "per", "/",
    };

    /// <summary>Words that follow a plural subject, not an imperative verb: "Deploys no longer…", "Releases go out…".</summary>
    private static readonly HashSet<string> SubjectFollowers = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "are", "were", "need", "take", "get", "go", "happen", "stay", "fail", "succeed", "run",
        "have", "should", "can", "will", "must", "reach", "land", "ship", "complete",
    };

    public static KrClause Read(IReadOnlyList<string> clause, KrCues cues, bool primary)
    {
        var lead = LeadIndex(clause, cues);
        var output = lead < clause.Count ? KrCues.VerbAt(clause, lead, cues.OutputVerbs) : null;
        var outcome = lead < clause.Count ? KrCues.VerbAt(clause, lead, cues.OutcomeVerbs) : null;
        var attain = lead < clause.Count ? KrCues.VerbAt(clause, lead, cues.AttainmentVerbs) : null;
        var namesMetric = output is not null && IsNounCompound(clause, lead, output, cues);
        if (output is not null && (outcome?.Length ?? 0) <= output.Length && !namesMetric && !KrClauseShapes.HasNumericFromTo(clause))
        {
            return new KrClause(KrKind.Output, 0.8, $"starts with the delivery verb \"{output}\"");
        }

        if (KrClauseShapes.ActivityCount(clause, cues) is { } activity)
        {
            return new KrClause(KrKind.Output, 0.75, $"counts an activity (\"{activity}\")");
        }

        if (outcome is not null)
        {
            return new KrClause(KrKind.Outcome, 0.8, $"starts with the change verb \"{outcome}\"");
        }

        if (KrClauseShapes.ShareInActivity(clause, cues) is { } taking)
        {
            return new KrClause(KrKind.Output, 0.7, $"a share of people take part in an activity (\"{taking}\")");
        }

        if (attain is not null)
        {
            var deliverable = KrCues.Find(clause, cues.DeliverableNouns, lead + 1);
            // The attainment verb itself says a value is to be reached, so a secondary clause needs no stronger cue.
            var measure = Measure(clause, cues, primary: true);
            if (deliverable is not null && (measure is null || measure.Value.At > deliverable.Value.At))
            {
                return new KrClause(KrKind.Output, 0.75, $"\"{attain}\" a deliverable (\"{deliverable.Value.Phrase}\")");
            }

            return measure is not null
                ? new KrClause(KrKind.Outcome, 0.75, $"\"{attain}\" a measured value (\"{measure.Value.Cue}\")")
                : new KrClause(KrKind.Outcome, 0.55, $"\"{attain}\" names a target state, not a deliverable", IsFallback: true);
        }

        if (KrCues.Find(clause, cues.DeliverableStates) is { } state && !KrClauseShapes.QualifiesUnit(clause, state.At)
            && !KrClauseShapes.IsTimelyShare(clause, state.At, cues))
        {
            if (KrClauseShapes.PopulationShare(clause, cues, state.At) is { } share)
            {
                return new KrClause(KrKind.Outcome, 0.65, $"a share of people does something (\"{share}\")");
            }

            if (Measure(clause, cues, primary: false) is { } bound && bound.At < state.At)
            {
                return new KrClause(KrKind.Outcome, 0.65, $"a measured result (\"{bound.Cue}\") comes before the state word \"{state.Phrase}\"");
            }

            // "First-time PRs merged within a week: 35% -> 60%": a share moving from a baseline to a target is measured.
            if (KrClauseShapes.ShareFromTo(clause) is { } moving)
            {
                return new KrClause(KrKind.Outcome, 0.7, $"a share moves from a baseline to a target (\"{moving}\")");
            }

            return new KrClause(KrKind.Output, 0.75, $"describes the finished state \"{state.Phrase}\"");
        }

        if (KrClauseShapes.LeadComparative(clause, lead, cues) is { } comparative)
        {
            return new KrClause(KrKind.Outcome, 0.65, $"asks for a change in a result (\"{comparative}\")");
        }

        if (KrClauseShapes.LeadsWithZero(clause, lead))
        {
            return new KrClause(KrKind.Outcome, 0.65, "asks for none of something");
        }

        if (KrClauseShapes.ShareActing(clause) is { } acting)
        {
            return new KrClause(KrKind.Outcome, 0.65, $"a share of people does something (\"{acting}\")");
        }

        if (KrClauseShapes.ChangeParticiple(clause, cues) is { } changed)
        {
            return new KrClause(KrKind.Outcome, 0.65, $"says a result changed (\"{changed}\")");
        }

        if (KrClauseShapes.DonePastParticiple(clause, cues) is { } done)
        {
            return new KrClause(KrKind.Output, 0.7, $"describes delivery work as done (\"{done}\")");
        }

        if (KrClauseShapes.ClosingComparative(clause, cues) is { } closing)
        {
            return new KrClause(KrKind.Outcome, 0.6, $"asks for a change in a result (\"{closing}\")");
        }

        if (KrClauseShapes.ShareOfAssets(clause, cues) is { } covered)
        {
            return new KrClause(KrKind.Output, 0.65, $"covers a share of technical assets with a practice (\"{covered}\")");
        }

        if (Measure(clause, cues, primary) is { } result)
        {
            return new KrClause(KrKind.Outcome, 0.7, $"names a measured result (\"{result.Cue}\")");
        }

        if (KrCues.Find(clause, cues.DeliverableNouns) is { } noun)
        {
            return new KrClause(KrKind.Output, 0.65, $"names a deliverable milestone (\"{noun.Phrase}\")");
        }

        if (KrClauseShapes.PeopleBehaviour(clause, lead, cues) is { } people)
        {
            return new KrClause(KrKind.Outcome, 0.6, $"says what {people} do");
        }

        if (KrClauseShapes.ComparesMeasures(clause) is { } sign)
        {
            return new KrClause(KrKind.Outcome, 0.6, $"compares measures (\"{sign}\")");
        }

        if (namesMetric && clause.Skip(lead + 2).Any(t => t is "to" or "from"))
        {
            return new KrClause(KrKind.Outcome, 0.6, $"names a metric (\"{string.Join(' ', clause.Skip(lead).Take(2))}\")");
        }

        return primary
            ? new KrClause(KrKind.Output, 0.55, KrClassifier.NoMeasurableResult, IsFallback: true)
            : KrClause.None;
    }

    private static int LeadIndex(IReadOnlyList<string> clause, KrCues cues)
    {
        var i = 0;
        while (i < clause.Count && cues.Fillers.Contains(clause[i]))
        {
            i++;
        }

        return i;
    }

    // "Build time under 10 min", "Release frequency to daily": the verb-looking word names a metric.
    private static bool IsNounCompound(IReadOnlyList<string> clause, int lead, string verb, KrCues cues)
    {
        var next = lead + verb.Split(' ').Length;
        if (next < clause.Count && KrCues.Find(clause, cues.ResultNouns, next, next + 1) is not null
            && clause[next] is not ("users" or "customers" or "accounts" or "tenants" or "sellers" or "buyers"))
        {
            return true;
        }

        // "Deploys no longer need a CAB", "Releases go out weekly": a plural noun as the subject of what follows.
        if (verb.IndexOf(' ', StringComparison.Ordinal) < 0 && clause[lead].Length > verb.Length && clause[lead].EndsWith('s')
            && next < clause.Count && SubjectFollowers.Contains(clause[next]))
        {
            return true;
        }

        // A gerund naming a stage, followed by what is measured about it: "onboarding checklist completion from 48% to 55%".
        return clause[lead].EndsWith("ing", StringComparison.Ordinal) && next + 1 < clause.Count
            && KrCues.Find(clause, cues.ResultNouns, next + 1, Math.Min(clause.Count, next + 3)) is not null;
    }

    /// <summary>
    /// A measured result. A strong measure is "from X to Y", a percentage, money, a multiplier, a bounded number
    /// ("under 200 ms") or a number with a unit ("10 days"); a plain count needs a result noun ("500 paying customers").
    /// A secondary clause ("…and reach 30% adoption") needs a strong measure of a named result.
    /// </summary>
    private static (string Cue, int At)? Measure(IReadOnlyList<string> clause, KrCues cues, bool primary)
    {
        var hasResultNoun = KrCues.Find(clause, cues.ResultNouns) is not null;
        for (var i = 0; i < clause.Count; i++)
        {
            if (!KrText.IsNumber(clause[i]))
            {
                continue;
            }

            var token = clause[i];
            var bounded = KrClauseShapes.IsBounded(clause, i, cues);
            var unit = i + 1 < clause.Count && Units.Contains(clause[i + 1]);
            var fromTo = (i > 0 && clause[i - 1] == "from") || (i + 2 < clause.Count && clause[i + 1] == "to" && KrText.IsNumber(clause[i + 2]));
            var strong = fromTo || bounded || unit || KrText.IsRatioOrMoney(token) || token.EndsWith("ms", StringComparison.Ordinal);
            var found = primary ? strong || hasResultNoun : fromTo || (strong && hasResultNoun);
            if (found)
            {
                return (token, i);
            }
        }

        return null;
    }
}

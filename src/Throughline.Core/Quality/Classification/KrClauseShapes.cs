namespace Throughline.Core.Quality.Classification;

/// <summary>Shapes of a clause that decide its kind without a lead verb: counted activities, shares of people, participles.</summary>
internal static class KrClauseShapes
{
    // "Interview loop redesigned", "20 interviewers trained": a delivery verb's past participle after the lead.
    // Not "cost per meal delivered" (qualifies a unit) nor "95% of patches applied within 14 days" (a timeliness share).
    public static string? DonePastParticiple(IReadOnlyList<string> clause, KrCues cues)
    {
        for (var i = 1; i < clause.Count; i++)
        {
            var faster = i + 1 < clause.Count && cues.Comparatives.Contains(clause[i + 1]);
            if (clause[i].EndsWith("ed", StringComparison.Ordinal) && !faster && !QualifiesUnit(clause, i) && !IsTimelyShare(clause, i, cues) && KrCues.VerbAt(clause, i, cues.OutputVerbs) is not null
                && (i + 1 == clause.Count || KrCues.Find(clause, cues.ResultNouns, i + 1, i + 2) is null))
            {
                return clause[i];
            }
        }

        return null;
    }

    public static string? ActivityCount(IReadOnlyList<string> clause, KrCues cues)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            var counted = KrText.IsNumber(clause[i]) && !KrText.IsRatioOrMoney(clause[i]);
            var numberOf = clause[i] == "number" && i + 1 < clause.Count && clause[i + 1] == "of";
            if (!counted && !numberOf)
            {
                continue;
            }

            // "score ≥ 75 (pulse survey)" bounds a measure; "10k newsletter subscribers" counts the result noun after it.
            var from = i + (numberOf ? 2 : 1);
            if (!IsBounded(clause, i, cues)
                && KrCues.Find(clause, cues.ActivityNouns, from, Math.Min(clause.Count, from + 3)) is { } noun
                && KrCues.Find(clause, cues.ResultNouns, from, noun.At) is null
                && KrCues.Find(clause, cues.ResultNouns, noun.At + noun.Phrase.Split(' ').Length, noun.At + noun.Phrase.Split(' ').Length + 1) is null)
            {
                return $"{clause[i]} … {noun.Phrase}";
            }
        }

        return null;
    }

    // "70% of new accounts complete onboarding": the subject is a share of a population, so a state word is behaviour.
    public static string? PopulationShare(IReadOnlyList<string> clause, KrCues cues, int before)
    {
        for (var i = 0; i + 2 < clause.Count; i++)
        {
            if (clause[i].EndsWith('%') && clause[i + 1] == "of" && (i < before || (i > 0 && clause[i - 1] == "by"))
                && KrCues.Find(clause, cues.ResultNouns, i + 2, Math.Min(clause.Count, i + 5)) is not null)
            {
                return $"{clause[i]} of {clause[i + 2]}";
            }
        }

        return null;
    }


    // "Mortgage drop-off halved", "Churn reduced by 2 points": a change verb's past participle closing the clause.
    public static string? ChangeParticiple(IReadOnlyList<string> clause, KrCues cues)
    {
        for (var i = 1; i < clause.Count; i++)
        {
            var closes = i + 1 == clause.Count || clause[i + 1] is "by" or "to";
            if (closes && clause[i].EndsWith("ed", StringComparison.Ordinal) && KrCues.VerbAt(clause, i, cues.OutcomeVerbs) is not null)
            {
                return clause[i];
            }
        }

        return null;
    }

    // "Open high-severity findings from 12 to 3", "Host cancellations 8% → 4%": a value moving to another measures a result.
    public static bool HasNumericFromTo(IReadOnlyList<string> clause)
    {
        for (var i = 1; i + 2 < clause.Count; i++)
        {
            if (KrText.IsNumber(clause[i]) && clause[i + 1] == "to" && KrText.IsNumber(clause[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "100% of services emit structured logs", "100% of prod infra in IaC": the only number is a share of technical
    /// assets covered by a practice, which is delivery work; null otherwise. With another measure ("95% of endpoints
    /// respond under 200 ms") the share is a result.
    /// </summary>
    public static string? ShareOfAssets(IReadOnlyList<string> clause, KrCues cues)
    {
        if (clause.Count(KrText.IsNumber) != 1)
        {
            return null;
        }

        for (var i = 0; i + 2 < clause.Count; i++)
        {
            if (clause[i].EndsWith('%') && clause[i + 1] == "of"
                && clause.Skip(i + 2).Take(3).FirstOrDefault(cues.Assets.Contains) is { } asset)
            {
                return $"{clause[i]} of {asset}";
            }
        }

        return null;
    }

    /// <summary>"35% to 60%" (arrows read as "to"): a percentage moving from a baseline to a target, or null.</summary>
    public static string? ShareFromTo(IReadOnlyList<string> clause)
    {
        for (var i = 0; i + 2 < clause.Count; i++)
        {
            if (clause[i].EndsWith('%') && KrText.IsNumber(clause[i]) && clause[i + 1] == "to" && clause[i + 2].EndsWith('%') && KrText.IsNumber(clause[i + 2]))
            {
                return $"{clause[i]} to {clause[i + 2]}";
            }
        }

        return null;
    }

    // "100% of managers complete the hiring workshop": a share of people taking part in an activity is delivery.
    public static string? ShareInActivity(IReadOnlyList<string> clause, KrCues cues)
    {
        for (var i = 0; i + 2 < clause.Count; i++)
        {
            if (!clause[i].EndsWith('%') || clause[i + 1] != "of")
            {
                continue;
            }

            for (var v = i + 2; v < Math.Min(clause.Count, i + 6); v++)
            {
                if (!clause[v].EndsWith("ed", StringComparison.Ordinal) && KrCues.VerbAt(clause, v, cues.OutputVerbs) is { } verb
                    && KrCues.Find(clause, cues.ActivityNouns, v + 1, Math.Min(clause.Count, v + 5)) is { } activity)
                {
                    return $"{clause[i]} of … {verb} … {activity.Phrase}";
                }
            }
        }

        return null;
    }

    // "Cost per meal delivered": a participle after "per <noun>" qualifies the unit, it is not a finished deliverable.
    // "cost per completed visit", "tickets per 1,000 shipped orders": a state word after "per" qualifies the unit.
    public static bool QualifiesUnit(IReadOnlyList<string> clause, int at) => (at >= 1 && clause[at - 1] == "per") || (at >= 2 && clause[at - 2] == "per");

    // "30% opting in", "40% using it weekly": a share of people doing something.
    public static string? ShareActing(IReadOnlyList<string> clause) =>
        clause.Count >= 2 && clause[0].EndsWith('%') && KrText.IsNumber(clause[0]) && clause[1].EndsWith("ing", StringComparison.Ordinal)
            ? $"{clause[0]} {clause[1]}"
            : null;

    // "95% of critical patches applied within 14 days", "first PR merged within 5 days for 80% of hires", "critical
    // vulns patched within 48h": a share, or recurring results, done within a time limit measure timeliness.
    public static bool IsTimelyShare(IReadOnlyList<string> clause, int at, KrCues cues)
    {
        var share = clause.Select((t, i) => (t, i)).Any(p => p.t.EndsWith('%') && p.i + 1 < clause.Count && clause[p.i + 1] == "of")
            || KrCues.Find(clause, cues.ResultNouns, 0, at) is not null;
        var within = clause.Skip(at).Select((t, i) => (t, i: i + at)).Any(p => p.t == "within" && p.i + 1 < clause.Count && KrText.IsNumber(clause[p.i + 1]));
        return share && within;
    }

    /// <summary>True when a comparator ("under", "at least", "≥") ends right before the number at <paramref name="at"/>.</summary>
    public static bool IsBounded(IReadOnlyList<string> clause, int at, KrCues cues) =>
        at > 0 && KrCues.Find(clause, cues.Comparators, Math.Max(0, at - 3), at) is { } c && c.At + c.Phrase.Split(' ').Length == at;

    // "Fewer abandoned first-time PRs", "More people finish the first lesson": a comparative names a change in a result.
    public static string? LeadComparative(IReadOnlyList<string> clause, int lead, KrCues cues) =>
        lead < clause.Count && cues.Comparatives.Contains(clause[lead]) ? clause[lead] : null;

    // "0 secrets committed to public repos", "zero failed payroll runs": none of something is a measured result.
    public static bool LeadsWithZero(IReadOnlyList<string> clause, int lead) =>
        lead + 1 < clause.Count && clause[lead] is "0" or "zero";

    // "Supply hours ≥ demand forecast": a comparison sign between two measures.
    public static string? ComparesMeasures(IReadOnlyList<string> clause) =>
        clause.Skip(1).FirstOrDefault(t => t is "≥" or "≤" or ">" or "<" or ">=" or "<=");

    // "Critical vulns fixed faster", "Buyers find what they need faster": a comparative closing the clause asks for a change.
    public static string? ClosingComparative(IReadOnlyList<string> clause, KrCues cues)
    {
        for (var i = 1; i < clause.Count; i++)
        {
            if (cues.Comparatives.Contains(clause[i]) && (i + 1 == clause.Count || clause[i - 1].EndsWith("ed", StringComparison.Ordinal)))
            {
                return clause[i];
            }
        }

        return null;
    }

    // "Volunteers stay longer", "New hires productive sooner": people as the subject, doing something other than delivery.
    public static string? PeopleBehaviour(IReadOnlyList<string> clause, int lead, KrCues cues)
    {
        for (var i = lead; i < Math.Min(clause.Count - 1, lead + 3); i++)
        {
            // Not "12 residents on the journey": a count of people, or people followed by a preposition, is a scope.
            var counted = i > 0 && KrText.IsNumber(clause[i - 1]);
            if (cues.People.Contains(clause[i]) && !counted && clause[i + 1] is not ("on" or "in" or "of" or "for" or "with" or "from" or "at" or "across"))
            {
                return clause[i];
            }
        }

        return null;
    }
}

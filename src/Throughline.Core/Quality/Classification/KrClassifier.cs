using Throughline.Core.Knowledge;

namespace Throughline.Core.Quality.Classification;

/// <summary>
/// Classifies a key result's text as outcome, output or mixed with explainable rules. The text is split into
/// clauses ("Launch X and reach 30% adoption" has two); each clause is read by its lead verb (delivery verbs such as
/// <c>launch</c> make an output, change verbs such as <c>reduce</c> an outcome, <c>reach</c>/<c>achieve</c> take the
/// kind of what follows), by a count of activities ("6 webinars"), by a finished-deliverable state ("is live",
/// "documented", "GA"), and by the presence of a measured result ("p95 latency under 200 ms"). A KR whose clauses
/// disagree is mixed. Every word list comes from the knowledge base (<c>Knowledge/Data/words.*.json</c>).
/// </summary>
public static partial class KrClassifier
{
    /// <summary>
    /// Classifies a key result: its text, and — when the text alone names no measurable result — its stated fields. A
    /// key result written as its metric's name with the target stated apart ("Claims denial rate", 12% → 7% in a
    /// tracker's columns; "Damaged-in-transit complaints cut in half") measures an outcome.
    /// </summary>
    public static KrClassification Classify(Model.KeyResult keyResult, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        var byText = Classify(keyResult.Text, knowledge);
        // Only a text that states no value of its own: "Attend 4 trade fairs" with 0 and 4 in its columns still counts
        // activities.
        if (byText is not { Kind: KrKind.Output, Reasons: [NoMeasurableResult] } || StandaloneNumber().IsMatch(keyResult.Text))
        {
            return byText;
        }

        return keyResult.Metric is { Length: > 0 } metric && (keyResult.EffectiveTarget is not null || keyResult.Change is not null)
            ? new KrClassification(KrKind.Outcome, 0.65, [$"names its metric (\"{metric}\") with the target stated apart"])
            : keyResult is { Baseline: not null, Target: not null }
                ? new KrClassification(KrKind.Outcome, 0.6, [$"measures what it names from a stated baseline ({keyResult.Baseline}) to a target ({keyResult.Target})"])
                : byText;
    }

    /// <summary>The reason of a text that decides nothing: read as output for want of a measured result.</summary>
    internal const string NoMeasurableResult = "names no measurable result";

    /// <summary>Classifies <paramref name="text"/> using the knowledge base's word lists.</summary>
    /// <param name="text">The key result as written.</param>
    /// <param name="knowledge">The knowledge base whose word lists drive the rules.</param>
    /// <returns>The kind, a confidence in 0.5..1 and the cues that decided it.</returns>
    public static KrClassification Classify(string text, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(knowledge);
        var cues = KrCues.For(knowledge);
        var clauses = KrClauseSplitter.Split(KrText.Tokens(text), cues);
        if (clauses.Count == 0)
        {
            return new KrClassification(KrKind.Output, 0.5, ["no text to read"]);
        }

        var verdicts = clauses.Select((c, i) => KrClauseReader.Read(c, cues, primary: i == 0)).Where(v => v.Kind is not null).ToList();
        var decided = verdicts.Where(v => !v.IsFallback).ToList();
        if (decided.Count == 0)
        {
            // No clause decided alone: a joining word may have split a noun phrase ("satisfaction with tooling from 3.1
            // to 3.8"), so read the words as one clause.
            var whole = KrClauseReader.Read([.. clauses.SelectMany(c => c)], cues, primary: true);
            decided = whole.Kind is null ? verdicts.Take(1).ToList() : [whole];
        }

        var hasOutput = decided.Any(v => v.Kind == KrKind.Output);
        var hasOutcome = decided.Any(v => v.Kind == KrKind.Outcome);
        var reasons = decided.Select(v => v.Reason).Distinct(StringComparer.Ordinal).ToList();
        if (hasOutput && hasOutcome)
        {
            reasons.Add("delivery and a measured result in separate clauses");
            return new KrClassification(KrKind.Mixed, 0.7, reasons);
        }

        var kind = hasOutcome ? KrKind.Outcome : KrKind.Output;
        var confidence = Math.Clamp(decided.Max(v => v.Strength) + (0.05 * (decided.Count - 1)), 0.5, 0.95);
        return new KrClassification(kind, confidence, reasons);
    }

    /// <summary>A number standing as a word ("4 trade fairs", "90%"), not inside a compound ("7-day", "p95").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w-])\d[\d,.]*(?![\w-])")]
    private static partial System.Text.RegularExpressions.Regex StandaloneNumber();
}

using Throughline.Core.Knowledge;

namespace Throughline.Core.Quality.Classification;

/// <summary>Classifies a key result's text as outcome, output or mixed.</summary>
public static class KrClassifier
{
    /// <summary>Classifies <paramref name="text"/> using the knowledge base's word lists and metrics.</summary>
    public static KrClassification Classify(string text, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(knowledge);
        var first = text.TrimStart().Split(' ', 2)[0].ToLowerInvariant();
        return knowledge.Words("output_verbs").Contains(first)
            ? new KrClassification(KrKind.Output, 0.6, [$"starts with the delivery verb \"{first}\""])
            : new KrClassification(KrKind.Outcome, 0.5, ["no delivery verb"]);
    }
}

using Microsoft.Extensions.AI;
using Throughline.Core.Alignment;
using Throughline.Core.Conflicts;

namespace Throughline.Llm.Conflicts;

/// <summary>
/// Asks a model behind <see cref="IChatClient"/> for metric tensions the rules cannot read from words: one request per
/// place where teams meet (<see cref="TensionQuestions.For"/>), the answer reviewed by
/// <see cref="TensionQuestions.Review"/> (both key results real, in that place, of two units, not already reported, with a
/// mechanism). Pairs the model calls arguable are counted and left out. An endpoint that is down stops the asking and
/// the report keeps what the rules found; a malformed answer costs only its place.
/// </summary>
public sealed class LlmTensionJudge(IChatClient client, LlmSettings settings)
{
    /// <summary>The most places asked in one run unless the caller says otherwise.</summary>
    public const int DefaultMaxPlaces = 40;

    private static readonly ChatResponseFormat Schema = ChatResponseFormat.ForJsonSchema<TensionAnswer>(
        TensionPrompt.Json, "metric_tensions", "Pairs of team key results where pushing one makes the other harder to reach.");

    private readonly LlmSettings _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    private readonly StructuredChat<TensionAnswer> _chat = new(client ?? throw new ArgumentNullException(nameof(client)), settings, Schema, TensionPrompt.Json);

    /// <summary>Adds the tensions the model finds, and the review keeps, to <paramref name="offline"/>.</summary>
    /// <param name="context">The analysed cycle.</param>
    /// <param name="offline">The rules' conflict report for that cycle.</param>
    /// <param name="progress">Told "place i of n" before each request.</param>
    /// <param name="maxPlaces">The most places to ask about; the rest are named in the note.</param>
    /// <param name="cancellationToken">Stops the asking.</param>
    public async Task<LlmTensionResult> JudgeAsync(
        AlignmentContext context, ConflictReport offline, IProgress<string>? progress = null, int maxPlaces = DefaultMaxPlaces, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(offline);
        var where = $"{_settings.Model} at {_settings.Endpoint}";
        var questions = TensionQuestions.For(context);
        if (questions.Count == 0)
        {
            return new LlmTensionResult(offline, false, 0, 0, [], "no two teams meet, so the LLM was not asked");
        }

        var reported = TensionQuestions.ReportedPairs(offline);
        var (kept, dropped, arguable, answered) = (new List<Conflict>(), new List<string>(), 0, 0);
        var asked = Math.Min(questions.Count, Math.Max(1, maxPlaces));
        for (var i = 0; i < asked; i++)
        {
            var question = questions[i];
            progress?.Report($"asking {where} about {question.Place} ({i + 1} of {asked})");
            var answer = await _chat.AskAsync([new(ChatRole.System, TensionPrompt.System), new(ChatRole.User, TensionPrompt.Data(context, question))], cancellationToken).ConfigureAwait(false);
            if (answer.Problem is { } down)
            {
                var note = answered == 0
                    ? $"the LLM ({where}) could not be used: {down}; only the rules' tensions are reported"
                    : $"the LLM ({where}) stopped answering after {answered} of {asked} places: {down}; what it judged before is kept";
                return Result(offline, kept, arguable, dropped, note, answered > 0);
            }

            if (answer.Malformed is { } bad || answer.Value is null)
            {
                dropped.Add($"{question.Place}: the answer was not the JSON asked for ({answer.Malformed ?? "empty"})");
                continue;
            }

            answered++;
            var items = answer.Value.Tensions ?? [];
            arguable += items.Count(t => !t.Clear);
            kept.AddRange(TensionQuestions.Review(
                context, question, items.Where(t => t.Clear).Select(t => new JudgedTension(t.A ?? string.Empty, t.B ?? string.Empty, t.Mechanism ?? string.Empty)),
                _settings.Model, reported, dropped));
        }

        var skipped = questions.Count - asked;
        var summary = $"tensions judged by {where} in {answered} of {questions.Count} places where teams meet: {kept.Count} kept, {arguable} arguable left out, {dropped.Count} set aside by the review"
            + (skipped > 0 ? $"; {skipped} places not asked (raise the limit of {asked})" : string.Empty);
        return Result(offline, kept, arguable, dropped, summary, answered > 0);
    }

    private static LlmTensionResult Result(ConflictReport offline, List<Conflict> kept, int arguable, List<string> dropped, string note, bool used) =>
        new(kept.Count == 0 ? offline : ConflictAnalysis.With(offline, kept), used, kept.Count, arguable, dropped, note);
}

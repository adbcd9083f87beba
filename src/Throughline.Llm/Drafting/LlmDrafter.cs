using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Throughline.Core.Diagnostics;
using Throughline.Core.Drafting;
using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Llm.Drafting;

/// <summary>
/// Drafts a unit's OKRs with an LLM behind <see cref="IChatClient"/>: the model answers with a
/// <see cref="DraftProposal"/> as JSON (constrained by its JSON schema; an endpoint that refuses schemas with HTTP
/// 400 or 422 is asked again for plain JSON, which the prompt describes), the quality analysers review it, and when findings at warning level or above
/// remain it is sent back once with them for a revision. Timeouts, 5xx and connection failures are retried with
/// exponential backoff; when the endpoint stays down or the answer is malformed, the offline draft is returned and
/// the note says why.
/// </summary>
public sealed class LlmDrafter(IChatClient client, LlmSettings settings)
{
    private readonly IChatClient _client = client ?? throw new ArgumentNullException(nameof(client));
    private readonly LlmSettings _settings = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary>The answer's shape as a JSON schema, so endpoints that support structured output return nothing else.</summary>
    private static readonly ChatResponseFormat Schema = ChatResponseFormat.ForJsonSchema<DraftProposal>(
        DraftPrompt.Json, "okr_draft", "Team objectives, each with the company OKRs it supports and its measurable key results.");

    private bool _schemaRefused;

    /// <summary>Drafts with the model, starting from the offline engine's draft (its candidate metrics and calibrations are given to the model as data).</summary>
    public async Task<LlmDraftResult> DraftAsync(OkrWorkspace workspace, KnowledgeBase knowledge, TeamDraft offline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(offline);
        var where = $"{_settings.Model} at {_settings.Endpoint}";
        List<ChatMessage> messages = [new(ChatRole.System, DraftPrompt.System), new(ChatRole.User, DraftPrompt.Data(workspace, offline))];
        var first = await AskAsync(messages, cancellationToken).ConfigureAwait(false);
        if (first.Problem is { } down)
        {
            return new LlmDraftResult(offline, false, false, $"the LLM ({where}) could not be used: {down}; this is the offline draft");
        }

        if (first.Malformed is { } bad)
        {
            return new LlmDraftResult(offline, false, false, $"the LLM ({where}) answered with {bad}; this is the offline draft");
        }

        if (ProposalDrafter.TryCreate(workspace, knowledge, offline, first.Proposal, out var malformed) is not { } draft)
        {
            return new LlmDraftResult(offline, false, false, $"the LLM ({where}) answered with an unusable draft ({malformed}); this is the offline draft");
        }

        var findings = DraftReview.Run(workspace, knowledge, draft).Findings.Where(f => f.Severity >= Severity.Warning).ToList();
        if (findings.Count == 0)
        {
            return new LlmDraftResult(draft, true, false, $"drafted by {where}; the analysers found nothing at warning level, so no revision was asked");
        }

        messages.Add(new ChatMessage(ChatRole.Assistant, first.Text));
        messages.Add(new ChatMessage(ChatRole.User, DraftPrompt.Revision(findings)));
        var second = await AskAsync(messages, cancellationToken).ConfigureAwait(false);
        if (second.Problem is null && second.Malformed is null && ProposalDrafter.TryCreate(workspace, knowledge, offline, second.Proposal, out _) is { } revised)
        {
            return new LlmDraftResult(revised, true, true, $"drafted by {where} and revised once after {findings.Count} finding(s) at warning level or above");
        }

        return new LlmDraftResult(draft, true, false, $"drafted by {where}; the revision after {findings.Count} finding(s) failed ({second.Problem ?? second.Malformed ?? "unusable answer"}), so this is the first draft");
    }

    private async Task<Answer> AskAsync(List<ChatMessage> messages, CancellationToken cancellationToken)
    {
        string? problem = null;
        for (var attempt = 1; attempt <= Math.Max(1, _settings.MaxAttempts); attempt++)
        {
            var options = new ChatOptions { ResponseFormat = _schemaRefused ? ChatResponseFormat.Json : Schema, Temperature = 0 };
            if (attempt > 1)
            {
                await Task.Delay(_settings.Backoff * Math.Pow(2, attempt - 2), cancellationToken).ConfigureAwait(false);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_settings.Timeout);
            try
            {
                var response = await _client.GetResponseAsync(messages, options, timeout.Token).ConfigureAwait(false);
                return Parse(response.Text);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                problem = $"no answer within {_settings.Timeout.TotalSeconds:0.#} s ({attempt} attempt(s))";
            }
            catch (ClientResultException ex) when (ex.Status is >= 500 or 0 or 408 or 429)
            {
                problem = $"the endpoint answered HTTP {ex.Status} ({attempt} attempt(s))";
            }
            catch (ClientResultException ex) when (ex.Status is 400 or 422 && !_schemaRefused)
            {
                // Not every OpenAI-compatible server takes a JSON schema; ask again, this attempt not counted.
                _schemaRefused = true;
                attempt--;
            }
            catch (ClientResultException ex)
            {
                return new Answer(null, string.Empty, $"the endpoint refused the request: HTTP {ex.Status} {ex.Message}");
            }
            catch (HttpRequestException ex)
            {
                problem = $"the endpoint is unreachable: {ex.Message} ({attempt} attempt(s))";
            }
        }

        return new Answer(null, string.Empty, problem);
    }

    private static Answer Parse(string text)
    {
        var json = text.Trim();
        if (json.StartsWith("```", StringComparison.Ordinal))
        {
            json = json[(json.IndexOf('\n', StringComparison.Ordinal) + 1)..].TrimEnd('`', '\n', ' ');
        }

        try
        {
            return new Answer(JsonSerializer.Deserialize<DraftProposal>(json, DraftPrompt.Json), text, null);
        }
        catch (JsonException ex)
        {
            return new Answer(null, text, null) { Malformed = $"malformed JSON: {ex.Message}" };
        }
    }

    private sealed record Answer(DraftProposal? Proposal, string Text, string? Problem)
    {
        public string? Malformed { get; init; }
    }
}

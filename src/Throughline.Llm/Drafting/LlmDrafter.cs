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
    /// <summary>The answer's shape as a JSON schema, so endpoints that support structured output return nothing else.</summary>
    private static readonly ChatResponseFormat Schema = ChatResponseFormat.ForJsonSchema<DraftProposal>(
        DraftPrompt.Json, "okr_draft", "Team objectives, each with the company OKRs it supports and its measurable key results.");

    private readonly LlmSettings _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    private readonly StructuredChat<DraftProposal> _chat = new(client ?? throw new ArgumentNullException(nameof(client)), settings, Schema, DraftPrompt.Json);

    /// <summary>Drafts with the model, starting from the offline engine's draft (its candidate metrics and calibrations are given to the model as data).</summary>
    public async Task<LlmDraftResult> DraftAsync(OkrWorkspace workspace, KnowledgeBase knowledge, TeamDraft offline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(offline);
        var where = $"{_settings.Model} at {_settings.Endpoint}";
        List<ChatMessage> messages = [new(ChatRole.System, DraftPrompt.System), new(ChatRole.User, DraftPrompt.Data(workspace, offline))];
        var first = await _chat.AskAsync(messages, cancellationToken).ConfigureAwait(false);
        if (first.Problem is { } down)
        {
            return new LlmDraftResult(offline, false, false, $"the LLM ({where}) could not be used: {down}; this is the offline draft");
        }

        if (first.Malformed is { } bad)
        {
            return new LlmDraftResult(offline, false, false, $"the LLM ({where}) answered with {bad}; this is the offline draft");
        }

        if (ProposalDrafter.TryCreate(workspace, knowledge, offline, first.Value, out var malformed) is not { } draft)
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
        var second = await _chat.AskAsync(messages, cancellationToken).ConfigureAwait(false);
        if (second.Problem is null && second.Malformed is null && ProposalDrafter.TryCreate(workspace, knowledge, offline, second.Value, out _) is { } revised)
        {
            return new LlmDraftResult(revised, true, true, $"drafted by {where} and revised once after {findings.Count} finding(s) at warning level or above");
        }

        return new LlmDraftResult(draft, true, false, $"drafted by {where}; the revision after {findings.Count} finding(s) failed ({second.Problem ?? second.Malformed ?? "unusable answer"}), so this is the first draft");
    }
}

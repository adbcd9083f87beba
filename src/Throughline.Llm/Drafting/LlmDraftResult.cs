using Throughline.Core.Drafting;

namespace Throughline.Llm.Drafting;

/// <summary>What the LLM path produced.</summary>
/// <param name="Draft">The draft: the model's, or the offline one when the model could not be used.</param>
/// <param name="UsedLlm">True when the draft is the model's.</param>
/// <param name="Revised">True when the model revised its draft once after the analysers' findings.</param>
/// <param name="Note">What happened, for the report: the endpoint and model, the revision, or why it fell back.</param>
public sealed record LlmDraftResult(TeamDraft Draft, bool UsedLlm, bool Revised, string Note);

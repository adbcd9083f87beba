using Throughline.Core.Conflicts;

namespace Throughline.Llm.Conflicts;

/// <summary>What asking a model for tensions produced.</summary>
/// <param name="Report">The conflict report with the kept tensions (CF011) added; the offline report when none were.</param>
/// <param name="UsedLlm">True when at least one place was answered.</param>
/// <param name="Kept">The tensions kept.</param>
/// <param name="Arguable">Pairs the model itself called arguable, left out.</param>
/// <param name="Dropped">Proposals the review set aside, each with why.</param>
/// <param name="Note">What happened, for the report: the endpoint and model, the places asked, or why it fell back.</param>
public sealed record LlmTensionResult(ConflictReport Report, bool UsedLlm, int Kept, int Arguable, IReadOnlyList<string> Dropped, string Note);

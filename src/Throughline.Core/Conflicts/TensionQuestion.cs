namespace Throughline.Core.Conflicts;

/// <summary>
/// A part of the organisation where teams meet, with the team key results in it: what a judge outside the rules (an
/// LLM) is asked to compare for metric tensions. Only key results of teams that meet are put side by side, so the
/// questions grow with the size of those places, never with every pair in the organisation.
/// </summary>
/// <param name="Place">Where the teams meet: "the organisation", "unit growth", "support of acme/O2".</param>
/// <param name="KeyResults">The team key results in that place.</param>
public sealed record TensionQuestion(string Place, IReadOnlyList<TensionSide> KeyResults);

/// <summary>One team key result as a judge sees it.</summary>
/// <param name="Ref">The key result's reference, e.g. <c>growth/O1-KR2</c>.</param>
/// <param name="Unit">The team that owns it.</param>
/// <param name="Objective">Its objective's title.</param>
/// <param name="Text">The key result as written.</param>
/// <param name="Supports">The company objectives and key results its objective supports.</param>
public sealed record TensionSide(string Ref, string Unit, string Objective, string Text, IReadOnlyList<string> Supports);

/// <summary>A tension a judge proposed: pushing <paramref name="A"/> toward its target makes <paramref name="B"/> harder to reach.</summary>
/// <param name="A">The pushing key result's reference.</param>
/// <param name="B">The key result that suffers.</param>
/// <param name="Mechanism">How one hurts the other, in the judge's words.</param>
public sealed record JudgedTension(string A, string B, string Mechanism);

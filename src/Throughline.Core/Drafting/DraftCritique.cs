using Throughline.Core.Quality.Review;

namespace Throughline.Core.Drafting;

/// <summary>
/// The seed's prompt 2 on a written draft: the quality review (objective and KR quality, outcome or output,
/// measurability, rewrites, 1-5 connection strength per objective), important outcomes the draft does not
/// measure, and each target's ambition against last quarter.
/// </summary>
/// <param name="Unit">The unit whose draft was reviewed.</param>
/// <param name="Cycle">The cycle.</param>
/// <param name="Review">The quality review narrowed to the unit.</param>
/// <param name="Unmeasured">Outcomes the unit can move toward the company OKRs that no KR measures.</param>
/// <param name="Ambition">Each calibratable KR's target against last quarter.</param>
public sealed record DraftCritique(string Unit, string Cycle, QualityReport Review, IReadOnlyList<UnmeasuredOutcome> Unmeasured, IReadOnlyList<AmbitionCheck> Ambition);

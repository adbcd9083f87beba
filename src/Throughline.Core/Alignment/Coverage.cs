using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>Which units contribute to one company objective or key result, how, and the verdict.</summary>
/// <param name="Target">The company objective or key result.</param>
/// <param name="Verdict">Covered, thin or uncovered.</param>
/// <param name="Contributions">The explicit contributions, strongest first.</param>
/// <param name="Meaning">What the verdict means for the people who own it.</param>
/// <param name="Unclaimed">Team key results that measure its metric (or a driver) but do not link to it: suggestions.</param>
public sealed record Coverage(OkrRef Target, CoverageVerdict Verdict, IReadOnlyList<CoverageContribution> Contributions, string Meaning, IReadOnlyList<OkrRef> Unclaimed);

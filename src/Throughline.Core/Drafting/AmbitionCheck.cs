using Throughline.Core.Model;

namespace Throughline.Core.Drafting;

/// <summary>A key result's target against how its metric moved last quarter (seed 000, prompt 2: ambitious or sandbag?).</summary>
/// <param name="KeyResult">The key result.</param>
/// <param name="Verdict"><c>sandbag</c>, <c>ambitious</c>, <c>modest</c> or <c>unrealistic</c>.</param>
/// <param name="Evidence">The required change, last quarter's change, the trend and the best quarter.</param>
public sealed record AmbitionCheck(OkrRef KeyResult, string Verdict, string Evidence);

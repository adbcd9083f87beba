using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Conflicts;

/// <summary>One cross-team conflict.</summary>
/// <param name="RuleId">The stable rule id, e.g. <c>CF001</c>.</param>
/// <param name="Type">The kind of conflict.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="A">The first side: a KR reference, a unit id, a dependency id.</param>
/// <param name="B">The other side, when there is one.</param>
/// <param name="Units">The units involved.</param>
/// <param name="Rationale">Why this is a conflict, in words a PM would accept.</param>
/// <param name="Evidence">The numbers, references and dates behind it.</param>
/// <param name="Suggestion">What to do, and who should talk.</param>
/// <param name="Where">The file and line, when known.</param>
/// <param name="Weight">How much it matters, for ranking the top issues (higher first).</param>
public sealed record Conflict(
    string RuleId, ConflictType Type, Severity Severity, string A, string? B, IReadOnlyList<string> Units,
    string Rationale, string Evidence, string Suggestion, SourceRef? Where, double Weight);

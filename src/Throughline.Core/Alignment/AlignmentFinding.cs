using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Alignment;

/// <summary>An alignment or org-design problem (docs/rules.md, AL rules).</summary>
/// <param name="RuleId">The stable rule id, e.g. <c>AL001</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Subject">What it is about: an objective or key result reference, a unit id or a pair of units.</param>
/// <param name="Units">The units involved.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Evidence">The numbers, references and metrics behind it.</param>
/// <param name="Fix">What to do.</param>
/// <param name="Where">The file and line, when known.</param>
public sealed record AlignmentFinding(string RuleId, Severity Severity, string Subject, IReadOnlyList<string> Units, string Message, string Evidence, string Fix, SourceRef? Where);

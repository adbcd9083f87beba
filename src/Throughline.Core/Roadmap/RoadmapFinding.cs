using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>One roadmap finding: a rule id from docs/rules.md, the target (a KR, objective or initiative id), evidence and fix.</summary>
/// <param name="RuleId">Stable rule id (RM001..).</param>
/// <param name="Severity">Severity.</param>
/// <param name="Target">The KR reference, objective reference or initiative id it is about.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Evidence">The numbers and ids behind it.</param>
/// <param name="Fix">What to do.</param>
/// <param name="Where">Where the target is written, when known.</param>
public sealed record RoadmapFinding(string RuleId, Severity Severity, string Target, string Message, string Evidence, string Fix, SourceRef? Where);

using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Quality.Rules;

/// <summary>One quality problem a rule found in an objective, a key result or a unit's set of objectives.</summary>
/// <param name="RuleId">The rule that found it, e.g. <c>KR001</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Target">The objective or key result the finding is about.</param>
/// <param name="Message">What is wrong, quoting the text as written.</param>
/// <param name="Evidence">What the rule saw that led to the finding.</param>
/// <param name="Fix">A concrete way to fix it.</param>
/// <param name="Where">Where the target was written, when known.</param>
public sealed record Finding(string RuleId, Severity Severity, OkrRef Target, string Message, string Evidence, string Fix, SourceRef? Where);

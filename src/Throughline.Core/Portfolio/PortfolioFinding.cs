using Throughline.Core.Diagnostics;

namespace Throughline.Core.Portfolio;

/// <summary>One finding of any analysis, in the one shape the portfolio review lists and ranks.</summary>
/// <param name="Area">The analysis that found it: quality, alignment, conflicts, progress or roadmap.</param>
/// <param name="RuleId">The rule, e.g. <c>KR001</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Target">What it is about: an OKR reference, an initiative or a unit.</param>
/// <param name="Units">The units concerned (who must act or talk).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Evidence">What the rule saw.</param>
/// <param name="Fix">The suggested next step.</param>
public sealed record PortfolioFinding(
    string Area,
    string RuleId,
    Severity Severity,
    string Target,
    IReadOnlyList<string> Units,
    string Message,
    string Evidence,
    string Fix);

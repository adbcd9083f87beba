using Throughline.Core.Diagnostics;

namespace Throughline.Core.Quality.Rules;

/// <summary>What a quality rule checks, how serious its findings are by default, why it matters and how to fix it.</summary>
/// <param name="Id">Stable rule id, e.g. <c>KR001</c>.</param>
/// <param name="Severity">Default severity of the rule's findings.</param>
/// <param name="Title">Short title.</param>
/// <param name="Why">Why the problem matters.</param>
/// <param name="HowToFix">How to fix it, in general terms.</param>
public sealed record RuleDescriptor(string Id, Severity Severity, string Title, string Why, string HowToFix);

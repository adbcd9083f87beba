using Throughline.Core.Quality.Rules;

namespace Throughline.Cli.Commands.Check;

/// <summary>One finding in <c>throughline check --format json</c> (docs/cli.md).</summary>
internal sealed record FindingJson(string Rule, string Severity, string Target, string Message, string Evidence, string Fix, string? File, int? Line, int? Column)
{
    public static FindingJson From(Finding f) =>
        new(f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.Target.ToString(), f.Message, f.Evidence, f.Fix, f.Where?.File, f.Where?.Line > 0 ? f.Where.Line : null, f.Where?.Column > 0 ? f.Where.Column : null);
}
